import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { listProductOptions } from "@/lib/assets/generate/product-options";
import { countAssetsByState, listReviewQueue } from "@/lib/review/queries";
import { listWorkspaceMembers } from "@/lib/workspaces/queries";
import { PageHeader } from "@/components/ui/page-header";
import { waitingSpan } from "@/components/assets/format-time";
import { QueueFiltersForm } from "@/components/review/queue-filters-form";
import { hasQueueFilters, parseQueueFilters, type SearchParams } from "@/components/review/queue-params";
import { ReviewQueue } from "@/components/review/review-queue";
import type { QueueRow } from "@/components/review/queue-table";
import { readComplianceReport } from "@/lib/assets/compliance/types";
import { belowApproveMinimum } from "@/lib/assets/compliance/minimum-scores";
import { loadMinimumScores } from "@/lib/assets/compliance/load-compliance";
import { StateCountTiles } from "@/components/review/state-count-tiles";
import { viewerRights } from "@/components/assets/viewer-rights";
import { queueRowBlocks } from "@/components/review/queue-rights";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.page");
  return { title: t("title") };
}

export default async function Page({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:review" });
  const filters = parseQueueFilters(await searchParams);
  const db = await getDb();
  const [queue, counts, members, products] = [
    await listReviewQueue(db, { workspaceId: membership.workspaceId, filters }),
    await countAssetsByState(db, membership.workspaceId),
    await listWorkspaceMembers(db, { workspaceId: membership.workspaceId }),
    await listProductOptions(db, membership.workspaceId),
  ];
  const minimums = await loadMinimumScores(db, membership.workspaceId);
  const workspacePath = `/${membership.slug}`;
  const t = await getTranslations("review.page");
  const tTable = await getTranslations("review.table");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const waitingText = (since: Date | null) => {
    const span = waitingSpan(since, now);
    return span ? tTable("waitingFor", span) : tTable("waitingUnknown");
  };
  const queueHref = `${workspacePath}/review`;
  const now = Date.now();
  const rows: QueueRow[] = queue.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    authorName: row.authorName,
    productTitle: row.productTitle,
    language: row.language,
    isValid: row.isValid,
    errors: row.errors ?? 0,
    warnings: row.warnings ?? 0,
    reviewRounds: row.reviewRounds,
    openComments: row.openComments,
    compliance: readComplianceReport(row.compliance),
    belowMinimum: belowApproveMinimum(readComplianceReport(row.compliance), minimums.toApprove),
    waiting: waitingText(row.submittedAt ?? row.updatedAt),
    submittedAt: tCommon("timeZoneSuffix", { time: format.dateTime(row.submittedAt ?? row.updatedAt, "dateTime") }),
    currentVersion: row.currentVersion,
    viewerRelation: row.createdBy === user.id ? "created" : row.lastEditedBy === user.id ? "lastEdited" : null,
    // The queue lists the current version of assets in review: the same rules as the asset page.
    blocks: queueRowBlocks(
      viewerRights({ role: membership.role, userId: user.id, state: row.state, createdBy: row.createdBy, lastEditedBy: row.lastEditedBy, isCurrentVersion: true }),
    ),
  }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <StateCountTiles counts={counts} workspacePath={workspacePath} />
      <QueueFiltersForm
        filters={filters}
        clearHref={queueHref}
        authors={members.filter((m) => roleHasPermission(m.role, "asset:submit")).map((m) => ({ id: m.userId, label: m.name || m.email }))}
        products={products.map((p) => ({ id: p.id, label: p.title }))}
      />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="mb-2 text-lg font-medium">
          {t("heading", { count: rows.length })}
        </h2>
        {rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="queue-empty">
            {hasQueueFilters(filters) ? (
              <p>
                {t("noMatch")}{" "}
                <Link href={queueHref} className="text-brand-700 underline">
                  {t("showAll")}
                </Link>
              </p>
            ) : (
              <p>{t("empty")}</p>
            )}
          </div>
        ) : null}
        <ReviewQueue workspaceId={membership.workspaceId} workspacePath={workspacePath} rows={rows} />
      </section>
    </>
  );
}
