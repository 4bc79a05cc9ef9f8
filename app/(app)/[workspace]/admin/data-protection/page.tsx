import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listProcessingRecords } from "@/lib/data-protection/processing-records/records";
import { RETENTION_KIND_NAMES, RETENTION_KINDS } from "@/lib/data-protection/retention/periods";
import { pendingPurge } from "@/lib/data-protection/retention/purge-now";
import { getWorkspaceRetention } from "@/lib/data-protection/retention/settings";
import { getUtcDateTimeFormatter } from "@/lib/i18n/server-format";
import { ProcessingRecordsTable } from "@/components/data-protection/processing-records-table";
import { PurgePanel } from "@/components/data-protection/purge-panel";
import { RetentionForm } from "@/components/data-protection/retention-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dataProtection.page");
  return { title: t("title") };
}

export default async function DataProtectionPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "data_protection:manage" });
  const [t, formatDateTime] = await Promise.all([getTranslations("dataProtection.page"), getUtcDateTimeFormatter()]);
  const db = await getDb();
  const [retention, pending, records] = [
    await getWorkspaceRetention(db, membership.workspaceId),
    await pendingPurge(db, membership.workspaceId),
    await listProcessingRecords(db, { workspaceId: membership.workspaceId }),
  ];
  const recordsHref = (format: "csv" | "json") => `/api/data-protection/records?${new URLSearchParams({ workspaceId: membership.workspaceId, format })}`;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <RetentionForm
          workspaceId={membership.workspaceId}
          kinds={RETENTION_KIND_NAMES.map((kind) => ({ kind, ...RETENTION_KINDS[kind], chosen: retention.chosen[kind] }))}
        />
        <PurgePanel
          workspaceId={membership.workspaceId}
          view={{
            lastPurgedAt: retention.lastPurgedAt ? formatDateTime(retention.lastPurgedAt) : null,
            lastCounts: Object.entries(retention.lastPurgeCounts ?? {}),
            pending: pending ? { status: pending.status, since: formatDateTime(pending.createdAt) } : null,
          }}
        />
        <ProcessingRecordsTable
          rows={records.map((record) => ({ ...record, firstAt: formatDateTime(record.firstAt), lastAt: formatDateTime(record.lastAt) }))}
          csvHref={recordsHref("csv")}
          jsonHref={recordsHref("json")}
        />
      </div>
    </>
  );
}
