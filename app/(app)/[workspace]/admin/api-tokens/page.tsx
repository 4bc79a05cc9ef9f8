import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { isRole, ROLES } from "@/lib/authz/roles";
import { grantablePermissionsOfRole } from "@/lib/api-tokens/token-permissions";
import { listWorkspaceTokens } from "@/lib/api-tokens/manage-tokens";
import { getDb } from "@/lib/db/client";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokensTable } from "@/components/api-tokens/tokens-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens.page");
  return { title: t("title") };
}

export default async function ApiTokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "api_token:manage" });
  const db = await getDb();
  const tokens = await listWorkspaceTokens(db, { workspaceId: membership.workspaceId });
  const [t, tRoles] = await Promise.all([getTranslations("apiTokens.page"), getTranslations("common.roles")]);
  const roleName = (role: string) => (isRole(role) ? tRoles(role) : role);
  const holder = (token: (typeof tokens)[number]) => {
    if (token.kind === "service") return t("holder.service", { role: roleName(token.role ?? ""), owner: token.ownerEmail });
    return token.ownerRole ? t("holder.personal", { owner: token.ownerEmail, role: roleName(token.ownerRole) }) : t("holder.personalLeft", { owner: token.ownerEmail });
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <div className="space-y-8">
        <section aria-labelledby="service-token-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="service-token-heading" className="text-lg font-medium">
            {t("newServiceToken")}
          </h2>
          <CreateTokenForm mode="service" workspaceId={membership.workspaceId} roles={ROLES.map((role) => ({ role, permissions: grantablePermissionsOfRole(role) }))} />
          <p className="text-sm text-slate-700">
            {t.rich("howToCall", {
              link: (chunks) => (
                <Link className="underline" href="/docs/api">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </section>
        <section aria-labelledby="all-tokens-heading" className="space-y-3">
          <h2 id="all-tokens-heading" className="text-lg font-medium">
            {t("allTokens")}
          </h2>
          <TokensTable
            mode="admin"
            caption={t("caption")}
            rows={tokens.map((token) => ({
              id: token.id,
              workspaceId: token.workspaceId,
              kind: token.kind,
              name: token.name,
              prefix: token.prefix,
              holder: holder(token),
              scopes: token.scopes,
              createdAt: token.createdAt.toISOString(),
              expiresAt: token.expiresAt.toISOString(),
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              lastUsedIp: token.lastUsedIp,
              revokedAt: token.revokedAt?.toISOString() ?? null,
            }))}
          />
        </section>
      </div>
    </>
  );
}
