import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assets.library");
  return { title: t("title") };
}

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
  const libraryHref = `${workspacePath}/assets`;
  const isFiltered = Object.keys(filters).length > 0;
  const t = await getTranslations("assets.library");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AssetsFiltersForm filters={filters} clearHref={libraryHref} />
      <FeedExportLinks workspaceId={membership.workspaceId} languages={feedLanguages} />
      <h2 className="mb-2 text-lg font-medium" aria-live="polite">
        {page.hasNewer || page.hasOlder
          ? t("range", { first: (page.page - 1) * PAGE_SIZE + 1, last: (page.page - 1) * PAGE_SIZE + rows.length, filtered: String(isFiltered) })
          : t("count", { count: rows.length, filtered: String(isFiltered) })}
      </h2>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="assets-empty">
          {page.hasNewer ? (
            <p>
              {t("pastEnd")}{" "}
              <Link href="?" className="text-brand-700 underline">
                {t("firstPage")}
              </Link>
            </p>
          ) : isFiltered ? (
            <p>
              {t("noMatch")}{" "}
              <Link href={libraryHref} className="text-brand-700 underline">
                {t("showAll")}
              </Link>
            </p>
          ) : (
            <p>{t("empty")}</p>
          )}
        </div>
      ) : (
        <AssetsTable rows={rows} workspacePath={workspacePath} />
      )}
      <Pager label={t("pages")} page={page.page} hasNewer={page.hasNewer} hasOlder={page.hasOlder} params={query} />
    </>
  );
}
