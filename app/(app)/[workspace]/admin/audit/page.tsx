import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { listAuditEntries } from "@/lib/audit/list";
import { listMemberSignInEvents } from "@/lib/audit/member-sign-ins";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AuditFiltersForm } from "@/components/audit/audit-filters-form";
import { AuditTable } from "@/components/audit/audit-table";
import { AuditToolbar } from "@/components/audit/audit-toolbar";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditViewTabs } from "@/components/audit/audit-view-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.page");
  return { title: t("title") };
}
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
  const before = parsed.success ? parsed.data.before : undefined;
  const isSignInView = raw.view === "sign-ins";
  const t = await getTranslations("audit.page");
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description")}
    />
  );

  if (isSignInView) {
    // Sign-ins live in the instance-wide chain; only this workspace's current members' entries are shown.
    const { entries, nextCursor } = await listMemberSignInEvents(await getDb(), {
      workspaceId: membership.workspaceId,
      limit: PAGE_SIZE,
      before,
    });
    return (
      <>
        {header}
        <AuditViewTabs current="sign-ins" />
        <p className="mb-4 text-sm text-slate-600">
          {t("signInsIntro")}
        </p>
        <AuditTable entries={entries} label={t("signInsLabel")} emptyMessage={t("signInsEmpty")} />
        <AuditPager params={{ view: "sign-ins", before: raw.before }} nextCursor={nextCursor} />
      </>
    );
  }

  const filters = parsed.success ? parsed.data : {};
  const { entries, nextCursor } = await listAuditEntries(await getDb(), {
    workspaceId: membership.workspaceId,
    filters,
    limit: PAGE_SIZE,
    before,
  });
  const exportParams = new URLSearchParams({ workspaceId: membership.workspaceId });
  for (const key of ["action", "actor", "outcome", "from", "to"] as const) {
    if (raw[key]) exportParams.set(key, raw[key]);
  }
  // The CSV stays language-neutral (codes, ISO dates) whatever the reader's UI language.
  const exportHref = `/api/audit/export?${exportParams}`;

  return (
    <>
      {header}
      <AuditViewTabs current="workspace" />
      <AuditToolbar workspaceId={membership.workspaceId} exportHref={exportHref} />
      {!parsed.success ? <Alert tone="error">{t("invalidFilters")}</Alert> : null}
      <AuditFiltersForm values={raw} />
      <AuditTable entries={entries} label={t("entriesLabel")} emptyMessage={t("entriesEmpty")} />
      <AuditPager params={raw} nextCursor={nextCursor} />
    </>
  );
}
