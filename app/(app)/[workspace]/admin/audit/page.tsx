import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { listAuditEntries } from "@/lib/audit/list";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AuditFiltersForm } from "@/components/audit/audit-filters-form";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";

export const metadata: Metadata = { title: "Audit log" };
const PAGE_SIZE = 50;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "audit:read" });
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = auditFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const { entries, nextCursor } = await listAuditEntries(await getDb(), {
    workspaceId: membership.workspaceId,
    filters,
    limit: PAGE_SIZE,
    before: parsed.success ? parsed.data.before : undefined,
  });
  const exportParams = new URLSearchParams({ workspaceId: membership.workspaceId });
  for (const key of ["action", "actor", "outcome", "from", "to"] as const) {
    if (raw[key]) exportParams.set(key, raw[key]);
  }
  const olderParams = new URLSearchParams(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "before"),
  );
  const newestParams = new URLSearchParams(olderParams);
  if (nextCursor) olderParams.set("before", String(nextCursor));

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in to this workspace's actions, role change and mutation, hash-chained so tampering shows."
        actions={
          <div className="flex gap-2">
            <VerifyChainButton workspaceId={membership.workspaceId} />
            <a className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm" href={`/api/audit/export?${exportParams}`}>
              Export CSV
            </a>
          </div>
        }
      />
      {!parsed.success ? <Alert tone="error">Some filters were not valid and were ignored.</Alert> : null}
      <AuditFiltersForm values={raw} />
      <AuditTable entries={entries} />
      {nextCursor || raw.before ? (
        <nav aria-label="Audit log pages" className="mt-4 flex gap-4">
          {/* Keyset paging by storage seq: entries appended while reading never shift a page. */}
          {raw.before ? (
            <Link className="text-brand-700 underline" href={`?${newestParams}`}>
              Newest entries
            </Link>
          ) : null}
          {nextCursor ? (
            <Link className="text-brand-700 underline" href={`?${olderParams}`}>
              Older entries
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
