import { AppFrame } from "@/components/shell/app-frame";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { sectionsForRole } from "@/lib/authz/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { countMyWork } from "@/lib/notifications/my-work";
import { WorkspaceNav } from "@/components/shell/workspace-nav";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { InstanceLink } from "@/components/shell/instance-link";
import { BrandNameProvider } from "@/components/shell/brand-name-context";
import { PostIdentityProvider } from "@/components/generate/post-identity";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace });
  const memberships = await listMembershipsOfUser(await getDb(), { userId: user.id });
  const myWorkCount = await countMyWork(await getDb(), { workspaceId: membership.workspaceId, userId: user.id, role: membership.role });
  const [tNav, tRoles] = await Promise.all([getTranslations("shell.nav.sections"), getTranslations("common.roles")]);
  const navItems = sectionsForRole(membership.role).map((section) => ({
    href: `/${membership.slug}/${section.segment}`,
    label: tNav(section.segment),
    testId: section.label,
    ...(section.segment === "my-work" ? { count: myWorkCount } : {}),
  }));

  return (
    <AppFrame
      homeHref={`/${membership.slug}`}
      width="wide"
      headerStart={
        <WorkspaceSwitcher
          current={membership.slug}
          workspaces={memberships.map((m) => ({ slug: m.slug, name: m.name, roleLabel: tRoles(m.role) }))}
        />
      }
      headerEnd={
        <>
          <span className="hidden text-sm text-slate-600 sm:inline" data-testid="current-user">
            {user.email} · <span data-testid="current-role">{tRoles(membership.role)}</span>
          </span>
          <InstanceLink isInstanceOwner={user.isInstanceOwner} />
          <SignOutButton />
        </>
      }
      headerBelow={<WorkspaceNav items={navItems} />}
    >
      {/* Social post previews show the workspace (the brand) as their author; e-mail previews as their sender. */}
      <BrandNameProvider name={membership.name}>
        <PostIdentityProvider name={membership.name}>{children}</PostIdentityProvider>
      </BrandNameProvider>
    </AppFrame>
  );
}
