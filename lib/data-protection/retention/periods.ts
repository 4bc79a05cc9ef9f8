import { z } from "zod";

/**
 * The record kinds a workspace keeps for a limited time, with their default, shortest and longest
 * period in days. One table, so the settings form, the purge job, the router (stored prompts) and
 * the README all read the same numbers. A null period in workspace_retention means the default.
 */
export const RETENTION_KINDS = {
  modelCalls: {
    label: "Model call records",
    description: "Task, model, tokens, cost and outcome of every model call.",
    // 13 months: a full year's cost report (and its comparison with the same month last year's
    // start) still finds every call of the year it reports on.
    defaultDays: 395,
    // The monthly budget counters live elsewhere, but the "Models & routing" health view and a
    // month's cost questions need at least the last month.
    minDays: 31,
    maxDays: 3650,
  },
  prompts: {
    label: "Stored prompts",
    description: "The text sent to models outside this server (after redaction), for the “what was sent” view. 0 stores nothing.",
    // The existing default before issue 14: long enough to answer "what did we send last month?".
    defaultDays: 30,
    // 0 is a real choice: the text is never stored.
    minDays: 0,
    // Brand text is content, not a record: a year is the most anyone needs to look back.
    maxDays: 365,
  },
  briefs: {
    label: "Briefs and provenance",
    description: "The brief behind generated assets and batches; the copy itself stays.",
    // Two years: a generated asset can still be questioned ("why does it say that?") over
    // typical campaign cycles and one contract renewal.
    defaultDays: 730,
    // While an asset is in review its brief is needed to regenerate fields.
    minDays: 90,
    maxDays: 3650,
  },
  comments: {
    label: "Review comments",
    description: "Comments on assets and on review transitions; the review history stays.",
    // Same horizon as briefs: the discussion around an asset is as old as its reasons.
    defaultDays: 730,
    // Review rounds rarely last longer than a quarter; deleting earlier would remove open threads.
    minDays: 90,
    maxDays: 3650,
  },
  notifications: {
    label: "Notifications and webhook delivery logs",
    description: "Members' in-app notifications, and outgoing webhook deliveries with their attempts (status, response excerpt).",
    // Delivery logs are for debugging an integration: three months covers any "did the CMS
    // receive it?" question; response excerpts may echo content of the receiving system.
    defaultDays: 90,
    // The retry queue works for minutes, a failing endpoint is noticed within days; a week keeps
    // the evidence for the admin who investigates.
    minDays: 7,
    maxDays: 730,
  },
  kpiRaw: {
    label: "Raw KPI rows",
    description: "Per-ad daily performance rows and import leftovers; the daily roll-ups the dashboards read stay.",
    // Three years: year-over-year comparisons per ad need two full years plus the running one.
    defaultDays: 1095,
    // Uplift statistics and budget suggestions read per-ad rows of the last 90 days.
    minDays: 90,
    maxDays: 3650,
  },
  auditPersonal: {
    label: "Personal fields of audit entries",
    description: "Who (as an e-mail), the IP address and personal details of audit entries; the entries and their hash chain stay.",
    // A year: a security investigation can still tie an event to a person and an address for
    // the typical time an incident is discovered in.
    defaultDays: 365,
    // Six months at least: incidents are often discovered months later, and the audit must be
    // able to say who did what from where (the German BSI recommends ≥ 6 months for such logs).
    minDays: 180,
    maxDays: 3650,
  },
} as const satisfies Record<string, { label: string; description: string; defaultDays: number; minDays: number; maxDays: number }>;

export type RetentionKind = keyof typeof RETENTION_KINDS;
export const RETENTION_KIND_NAMES = Object.keys(RETENTION_KINDS) as RetentionKind[];

/** Days per kind as the purge and the router use them (defaults applied). */
export type RetentionPeriods = Record<RetentionKind, number>;

export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = Object.fromEntries(
  RETENTION_KIND_NAMES.map((kind) => [kind, RETENTION_KINDS[kind].defaultDays]),
) as RetentionPeriods;

function periodSchema(kind: RetentionKind) {
  const { label, minDays, maxDays } = RETENTION_KINDS[kind];
  return z
    .number({ error: `${label}: enter a number of days` })
    .int(`${label}: whole days only`)
    .min(minDays, `${label}: at least ${minDays} days`)
    .max(maxDays, `${label}: at most ${maxDays} days`)
    .nullable();
}

/** The settings form: one period per kind; null = the documented default. */
export const retentionPeriodsSchema = z.object(
  Object.fromEntries(RETENTION_KIND_NAMES.map((kind) => [kind, periodSchema(kind)])) as Record<RetentionKind, ReturnType<typeof periodSchema>>,
);
export type RetentionPeriodsInput = z.output<typeof retentionPeriodsSchema>;

/** Every kind at its default (what a workspace that never chose has). */
export const ALL_DEFAULTS: RetentionPeriodsInput = Object.fromEntries(RETENTION_KIND_NAMES.map((kind) => [kind, null])) as RetentionPeriodsInput;
