import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listAssets } from "@/lib/review/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AssetsFiltersForm } from "@/components/assets/assets-filters-form";
import { AssetsTable } from "@/components/assets/assets-table";
import { parseLibraryFilters } from "@/components/assets/library-params";
import type { SearchParams } from "@/components/review/queue-params";

export const metadata: Metadata = { title: "Assets" };

const LIMIT = 200;

export default async function Page({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  const filters = parseLibraryFilters(await searchParams);
  const rows = await listAssets(await getDb(), { workspaceId: membership.workspaceId, ...filters, limit: LIMIT });
  const workspacePath = `/${membership.slug}`;
  const isFiltered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader title="Assets" description="Every asset in this workspace with its state, versions and history." />
      <AssetsFiltersForm filters={filters} clearHref={`${workspacePath}/assets`} />
      <h2 className="mb-2 text-lg font-medium" aria-live="polite">
        {rows.length === LIMIT ? `The ${LIMIT} most recently changed assets` : `${rows.length} ${rows.length === 1 ? "asset" : "assets"}`}
        {isFiltered ? " matching" : ""}
      </h2>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="assets-empty">
          {isFiltered ? (
            <p>
              No asset matches.{" "}
              <Link href={`${workspacePath}/assets`} className="text-brand-700 underline">
                Show all assets
              </Link>
            </p>
          ) : (
            <p>No assets yet. Drafts appear here as soon as someone generates them.</p>
          )}
        </div>
      ) : (
        <AssetsTable rows={rows} workspacePath={workspacePath} />
      )}
    </>
  );
}
