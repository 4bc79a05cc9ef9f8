import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { sectionsForRole } from "@/lib/authz/navigation";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { getDb } from "@/lib/db/client";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { WorkspaceNav } from "@/components/shell/workspace-nav";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { InstanceLink } from "@/components/shell/instance-link";

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
  const navItems = sectionsForRole(membership.role).map((section) => ({
    href: `/${membership.slug}/${section.segment}`,
    label: section.label,
  }));

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href={`/${membership.slug}`} className="text-lg font-semibold text-brand-900">
            Brandpilot
          </Link>
          <WorkspaceSwitcher
            current={membership.slug}
            workspaces={memberships.map((m) => ({ slug: m.slug, name: m.name, roleLabel: ROLE_LABELS[m.role] }))}
          />
          <div className="ml-auto flex items-center gap-3">
            <span className="hidden text-sm text-slate-600 sm:inline" data-testid="current-user">
              {user.email} · <span data-testid="current-role">{ROLE_LABELS[membership.role]}</span>
            </span>
            <InstanceLink userId={user.id} />
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2">
          <WorkspaceNav items={navItems} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
