import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { ROLES } from "@/lib/authz/roles";
import { grantablePermissionsOfRole } from "@/lib/api-tokens/token-permissions";
import { listWorkspaceTokens } from "@/lib/api-tokens/manage-tokens";
import { getDb } from "@/lib/db/client";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokensTable } from "@/components/api-tokens/tokens-table";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "api_token:manage" });
  const db = await getDb();
  const tokens = await listWorkspaceTokens(db, { workspaceId: membership.workspaceId });

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Every token of the workspace: members' personal tokens and service tokens for scripts and CMS plugins. A service token works only while the admin who owns it is an admin here."
      />
      <div className="space-y-8">
        <section aria-labelledby="service-token-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="service-token-heading" className="text-lg font-medium">
            New service token
          </h2>
          <CreateTokenForm mode="service" workspaceId={membership.workspaceId} roles={ROLES.map((role) => ({ role, permissions: grantablePermissionsOfRole(role) }))} />
          <p className="text-sm text-slate-700">
            How to call the API: <Link className="underline" href="/docs/api">API reference</Link>.
          </p>
        </section>
        <section aria-labelledby="all-tokens-heading" className="space-y-3">
          <h2 id="all-tokens-heading" className="text-lg font-medium">
            All tokens
          </h2>
          <TokensTable
            mode="admin"
            caption="API tokens of the workspace"
            rows={tokens.map((t) => ({
              id: t.id,
              workspaceId: t.workspaceId,
              kind: t.kind,
              name: t.name,
              prefix: t.prefix,
              holder: t.kind === "service" ? `Service token, ${t.role} (owner ${t.ownerEmail})` : `${t.ownerEmail}${t.ownerRole ? ` (${t.ownerRole})` : " (left the workspace)"}`,
              scopes: t.scopes,
              createdAt: t.createdAt.toISOString(),
              expiresAt: t.expiresAt.toISOString(),
              lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
              lastUsedIp: t.lastUsedIp,
              revokedAt: t.revokedAt?.toISOString() ?? null,
            }))}
          />
        </section>
      </div>
    </>
  );
}
