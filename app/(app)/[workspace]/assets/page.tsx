import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listAssetsPage } from "@/lib/review/queries";
import { listFeedCopyLanguages } from "@/lib/assets/export/supplemental-feed";
import { parsePageParam } from "@/lib/paging/offset-page";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { AssetsFiltersForm } from "@/components/assets/assets-filters-form";
import { AssetsTable } from "@/components/assets/assets-table";
import { FeedExportLinks } from "@/components/assets/feed-export-links";
import { parseLibraryFilters } from "@/components/assets/library-params";
import type { SearchParams } from "@/components/review/queue-params";

export const metadata: Metadata = { title: "Assets" };

const PAGE_SIZE = 50;

export default async function Page({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  const query = await searchParams;
  const filters = parseLibraryFilters(query);
  const db = await getDb();
  const page = await listAssetsPage(db, { workspaceId: membership.workspaceId, ...filters, page: { page: parsePageParam(query.page), pageSize: PAGE_SIZE } });
  const feedLanguages = await listFeedCopyLanguages(db, { workspaceId: membership.workspaceId });
  const rows = page.rows;
  const workspacePath = `/${membership.slug}`;
  const isFiltered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader title="Assets" description="Every asset in this workspace with its state, versions and history." />
      <AssetsFiltersForm filters={filters} clearHref={`${workspacePath}/assets`} />
      <FeedExportLinks workspaceId={membership.workspaceId} languages={feedLanguages} />
      <h2 className="mb-2 text-lg font-medium" aria-live="polite">
        {page.hasNewer || page.hasOlder
          ? `Assets ${(page.page - 1) * PAGE_SIZE + 1}–${(page.page - 1) * PAGE_SIZE + rows.length}${isFiltered ? " matching" : ""}, most recently changed first`
          : `${rows.length} ${rows.length === 1 ? "asset" : "assets"}${isFiltered ? " matching" : ""}`}
      </h2>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="assets-empty">
          {page.hasNewer ? (
            <p>
              This page is past the end of the list.{" "}
              <Link href="?" className="text-brand-700 underline">
                Back to the first page
              </Link>
            </p>
          ) : isFiltered ? (
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
      <Pager label="Asset pages" page={page.page} hasNewer={page.hasNewer} hasOlder={page.hasOlder} params={query} />
    </>
  );
}
