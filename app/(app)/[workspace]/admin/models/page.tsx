import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { configuredProviders } from "@/lib/ai/registry";
import { circuitBreaker, loadRoutingSettings, ROUTING_CATALOG } from "@/lib/ai/router";
import { getBudgetStatus } from "@/lib/ai/routing/budget";
import { listRecentCalls, recentModelHealth } from "@/lib/ai/routing/admin-queries";
import { parsePageParam } from "@/lib/paging/offset-page";
import { listCallPayloads } from "@/lib/ai/usage/call-payloads";
import { DEFAULT_POLICIES, TASKS } from "@/lib/ai/routing/policy";
import { PageHeader } from "@/components/ui/page-header";
import { BudgetForm } from "@/components/routing/budget-form";
import { CallsTable } from "@/components/routing/calls-table";
import { DryRun } from "@/components/routing/dry-run";
import { PolicyForm } from "@/components/routing/policy-form";
import { ProvidersTable } from "@/components/routing/providers-table";
import { StoredPromptsNote } from "@/components/routing/stored-prompts-note";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routing.page");
  return { title: t("title") };
}

/** 25 calls keep the page short enough to reach the budget and routing sections below without long scrolling. */
const CALLS_PAGE_SIZE = 25;

export default async function ModelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { workspace } = await params;
  const filters = await searchParams;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const t = await getTranslations("routing.page");
  const dataProtectionHref = `/${membership.slug}/admin/data-protection`;
  const db = await getDb();
  const [health, callPage, budget, routing] = [
    await recentModelHealth(db, { workspaceId: membership.workspaceId }),
    await listRecentCalls(db, {
      workspaceId: membership.workspaceId,
      filters: {
        task: filters.task || undefined,
        model: filters.model || undefined,
        outcome: filters.outcome === "success" || filters.outcome === "error" ? filters.outcome : undefined,
      },
      page: { page: parsePageParam(filters.page), pageSize: CALLS_PAGE_SIZE },
    }),
    await getBudgetStatus(db, { workspaceId: membership.workspaceId }),
    await loadRoutingSettings(db, membership.workspaceId),
  ];
  const calls = callPage.rows;
  // Admins only (settings:manage, checked above): the text sent to providers, purged past retention.
  const payloads = await listCallPayloads(db, { workspaceId: membership.workspaceId, callIds: calls.map((c) => c.id), retentionDays: routing.payloadRetentionDays });
  const providers = configuredProviders(env);
  const breakerStates = circuitBreaker.snapshot();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        <ProvidersTable
          entries={ROUTING_CATALOG.map((entry) => ({
            id: entry.id,
            label: entry.label,
            kind: entry.kind,
            hosting: entry.hosting,
            region: entry.region,
            quality: entry.quality,
            price: `$${entry.pricePerMillion.input} / $${entry.pricePerMillion.output}`,
            isConfigured: providers.has(entry.provider),
            circuit: breakerStates[entry.id] ?? "closed",
            attempts24h: health.get(entry.id)?.attempts ?? 0,
            failures24h: health.get(entry.id)?.failures ?? 0,
          }))}
        />
        <BudgetForm workspaceId={membership.workspaceId} status={budget} />
        <PolicyForm
          workspaceId={membership.workspaceId}
          tasks={[...TASKS]}
          defaults={DEFAULT_POLICIES}
          residency={routing.settings.residency}
          overrides={routing.overrides}
        />
        <StoredPromptsNote days={routing.payloadRetentionDays} dataProtectionHref={dataProtectionHref} />
        <DryRun workspaceId={membership.workspaceId} tasks={[...TASKS]} />
        <CallsTable calls={calls} filters={filters} payloads={Object.fromEntries(payloads)} retentionDays={routing.payloadRetentionDays} paging={callPage} />
      </div>
    </>
  );
}
