import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { bucketKey, bucketKeys, type DateRange, type Granularity } from "@/lib/kpi/metrics/period";

/**
 * The copilot's own figures for assets whose brief was written in the range (a cohort: "of the
 * assets briefed in November, how many got approved, how fast"), and for the model calls made
 * in the range. Every ratio is null when its denominator is 0.
 */
export interface CopilotFigures {
  assetsGenerated: number;
  assetsApproved: number;
  /** Approved (or published) so far ÷ generated. */
  approvalRate: number | null;
  /** Of the approved: approved at the first review. */
  firstReviewApprovalRate: number | null;
  meanReviewRounds: number | null;
  /** Hours from brief to approval, median and 90th percentile, of the approved. */
  hoursToApprovalP50: number | null;
  hoursToApprovalP90: number | null;
  /** Mean word-level change editors made before approving (0 = published as generated). */
  meanEditorChangeRatio: number | null;
  /** Generated versions valid on the model's first answer (no repair round). */
  generatedVersions: number;
  firstPassValidity: number | null;
  /** Generated versions without any grounding issue (every claim cited and found in its source). */
  groundingRate: number | null;
  generationCostUsd: number;
  costPerAssetUsd: number | null;
  costPerApprovedAssetUsd: number | null;
  calls: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  cacheHitRate: number | null;
  /** Answered calls that a model other than the first choice answered. */
  fallbackRate: number | null;
  failureRate: number | null;
  callsCostUsd: number;
}

export interface TaskFigures {
  task: string;
  calls: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  cacheHitRate: number | null;
  fallbackRate: number | null;
  failureRate: number | null;
  costUsd: number;
}

export interface CopilotPoint {
  key: string;
  generated: number;
  approved: number;
  costUsd: number;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

// Timestamps are compared as UTC days, the calendar the dashboard's range is in.
const inRange = (column: string, range: DateRange) =>
  sql`${sql.raw(column)} >= ${range.from}::date::timestamp at time zone 'UTC' and ${sql.raw(column)} < (${range.to}::date + 1)::timestamp at time zone 'UTC'`;

export async function getCopilotFigures(db: Database, options: { workspaceId: string; range: DateRange }): Promise<{ figures: CopilotFigures; tasks: TaskFigures[] }> {
  const { workspaceId, range } = options;
  const [assetRow] = await executeRows<Record<string, unknown>>(
    db,
    sql`select count(*)::int as generated,
               count(*) filter (where a.approved_at is not null)::int as approved,
               count(*) filter (where a.approved_at is not null and a.approved_on_first_review)::int as first_review,
               avg(a.review_rounds) filter (where a.approved_at is not null)::float8 as review_rounds,
               percentile_cont(0.5) within group (order by extract(epoch from a.approved_at - a.brief_at) / 3600) filter (where a.approved_at is not null) as p50,
               percentile_cont(0.9) within group (order by extract(epoch from a.approved_at - a.brief_at) / 3600) filter (where a.approved_at is not null) as p90,
               avg(a.editor_change_ratio) filter (where a.approved_at is not null)::float8 as change_ratio
        from assets a
        where a.workspace_id = ${workspaceId} and ${inRange("a.brief_at", range)}`,
  );
  const [versionRow] = await executeRows<Record<string, unknown>>(
    db,
    sql`select count(*)::int as versions,
               count(*) filter (where v.provenance->'attempts'->0->>'outcome' = 'valid')::int as first_pass,
               count(*) filter (where not exists (
                 select 1 from jsonb_array_elements(coalesce(v.validation->'issues', '[]'::jsonb)) i where i->>'rule' like 'grounding.%'
               ))::int as grounded,
               coalesce(sum((v.provenance->>'costUsd')::float8), 0)::float8 as cost
        from asset_versions v
        join assets a on a.id = v.asset_id and a.workspace_id = ${workspaceId}
        where v.workspace_id = ${workspaceId} and v.provenance is not null and ${inRange("a.brief_at", range)}`,
  );
  const callRows = await executeRows<Record<string, unknown>>(
    db,
    sql`select c.task, count(*)::int as calls,
               percentile_cont(0.5) within group (order by c.latency_ms) as p50,
               percentile_cont(0.95) within group (order by c.latency_ms) as p95,
               count(*) filter (where c.cache_hit <> 'none')::int as cache_hits,
               count(*) filter (where c.error_class is null)::int as answered,
               count(*) filter (where c.error_class is null and c.cache_hit = 'none'
                                  and c.chosen_model is distinct from c.attempts->0->>'modelId')::int as fallbacks,
               count(*) filter (where c.error_class is not null)::int as failures,
               coalesce(sum(c.cost_usd), 0)::float8 as cost
        from model_calls c
        where c.workspace_id = ${workspaceId} and ${inRange("c.created_at", range)}
        group by grouping sets ((c.task), ())
        order by c.task nulls first`,
  );
  const overall = callRows.find((row) => row.task === null) ?? {};
  const taskFigures = (row: Record<string, unknown>): Omit<TaskFigures, "task"> => {
    const calls = Number(row.calls ?? 0);
    const answered = Number(row.answered ?? 0);
    return {
      calls,
      latencyP50Ms: num(row.p50),
      latencyP95Ms: num(row.p95),
      cacheHitRate: ratio(Number(row.cache_hits ?? 0), calls),
      fallbackRate: ratio(Number(row.fallbacks ?? 0), answered),
      failureRate: ratio(Number(row.failures ?? 0), calls),
      costUsd: Number(row.cost ?? 0),
    };
  };
  const generated = Number(assetRow?.generated ?? 0);
  const approved = Number(assetRow?.approved ?? 0);
  const versions = Number(versionRow?.versions ?? 0);
  const generationCostUsd = Number(versionRow?.cost ?? 0);
  const callsOverall = taskFigures(overall);
  return {
    figures: {
      assetsGenerated: generated,
      assetsApproved: approved,
      approvalRate: ratio(approved, generated),
      firstReviewApprovalRate: ratio(Number(assetRow?.first_review ?? 0), approved),
      meanReviewRounds: num(assetRow?.review_rounds),
      hoursToApprovalP50: num(assetRow?.p50),
      hoursToApprovalP90: num(assetRow?.p90),
      meanEditorChangeRatio: num(assetRow?.change_ratio),
      generatedVersions: versions,
      firstPassValidity: ratio(Number(versionRow?.first_pass ?? 0), versions),
      groundingRate: ratio(Number(versionRow?.grounded ?? 0), versions),
      generationCostUsd,
      costPerAssetUsd: ratio(generationCostUsd, generated),
      costPerApprovedAssetUsd: ratio(generationCostUsd, approved),
      calls: callsOverall.calls,
      latencyP50Ms: callsOverall.latencyP50Ms,
      latencyP95Ms: callsOverall.latencyP95Ms,
      cacheHitRate: callsOverall.cacheHitRate,
      fallbackRate: callsOverall.fallbackRate,
      failureRate: callsOverall.failureRate,
      callsCostUsd: callsOverall.costUsd,
    },
    tasks: callRows.filter((row) => row.task !== null).map((row) => ({ task: String(row.task), ...taskFigures(row) })),
  };
}

/** Assets briefed and approved, and model spend, per bucket. */
export async function getCopilotSeries(db: Database, options: { workspaceId: string; range: DateRange; granularity: Granularity }): Promise<CopilotPoint[]> {
  const { workspaceId, range, granularity } = options;
  const day = (column: string) => sql.raw(`to_char((${column} at time zone 'UTC')::date, 'YYYY-MM-DD')`);
  const rows = await executeRows<{ day: string; kind: string; value: number | string }>(
    db,
    sql`select ${day("brief_at")} as day, 'generated' as kind, count(*)::float8 as value from assets
          where workspace_id = ${workspaceId} and ${inRange("brief_at", range)} group by 1
        union all
        select ${day("approved_at")}, 'approved', count(*)::float8 from assets
          where workspace_id = ${workspaceId} and approved_at is not null and ${inRange("approved_at", range)} group by 1
        union all
        select ${day("created_at")}, 'cost', coalesce(sum(cost_usd), 0)::float8 from model_calls
          where workspace_id = ${workspaceId} and ${inRange("created_at", range)} group by 1`,
  );
  const points = new Map(bucketKeys(range, granularity).map((key) => [key, { key, generated: 0, approved: 0, costUsd: 0 }]));
  for (const row of rows) {
    const point = points.get(bucketKey(row.day, granularity));
    if (!point) continue;
    if (row.kind === "generated") point.generated += Number(row.value);
    else if (row.kind === "approved") point.approved += Number(row.value);
    else point.costUsd += Number(row.value);
  }
  return [...points.values()];
}
