import "server-only";
import { eq, sql } from "drizzle-orm";
import { workspaceRetention } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { forgetRoutingSettings } from "@/lib/ai/router";
import { purgeCallPayloads } from "@/lib/ai/usage/call-payloads";
import { RETENTION_KIND_NAMES, RETENTION_KINDS, type RetentionKind, type RetentionPeriods, type RetentionPeriodsInput } from "./periods";

type RetentionRow = typeof workspaceRetention.$inferSelect;
const columnOf = (kind: RetentionKind) => `${kind}Days` as const;

export type WorkspaceRetentionView = {
  /** What the admin chose per kind; null = the default. */
  chosen: RetentionPeriodsInput;
  lastPurgedAt: Date | null;
  lastPurgeCounts: Record<string, number> | null;
};

function chosenFrom(row: RetentionRow | undefined): RetentionPeriodsInput {
  return Object.fromEntries(RETENTION_KIND_NAMES.map((kind) => [kind, row?.[columnOf(kind)] ?? null])) as RetentionPeriodsInput;
}

export async function getWorkspaceRetention(db: Database, workspaceId: string): Promise<WorkspaceRetentionView> {
  const [row] = await db.select().from(workspaceRetention).where(eq(workspaceRetention.workspaceId, workspaceId));
  return { chosen: chosenFrom(row), lastPurgedAt: row?.lastPurgedAt ?? null, lastPurgeCounts: row?.lastPurgeCounts ?? null };
}

/**
 * The periods the purge applies. A stored value outside its bounds (written before a minimum was
 * raised, or by hand) stops this workspace's purge instead of being guessed at: deleting with a
 * period shorter than the minimum could remove what an investigation or the law still needs.
 */
export function effectivePeriods(workspaceId: string, chosen: RetentionPeriodsInput): RetentionPeriods {
  return Object.fromEntries(
    RETENTION_KIND_NAMES.map((kind) => {
      const { label, defaultDays, minDays, maxDays } = RETENTION_KINDS[kind];
      const days = chosen[kind];
      if (days === null) return [kind, defaultDays];
      if (!Number.isInteger(days) || days < minDays || days > maxDays) {
        throw new AppError(
          "conflict",
          { key: "dataProtection.workspaceStoredPeriodDays", params: { workspaceId, label, days, minDays, maxDays } },
        );
      }
      return [kind, days];
    }),
  ) as RetentionPeriods;
}

export type RetentionChange = { from: number | null; to: number | null };

/**
 * Saves an admin's periods and answers what changed (null = default), for the audit entry.
 * Stored prompts past a shortened period go at once, as they did when the period lived in the
 * routing settings: an admin who shortens it expects the text gone, not gone tomorrow.
 */
export async function saveRetentionPeriods(
  db: Database,
  options: { workspaceId: string; userId: string; periods: RetentionPeriodsInput },
): Promise<{ changes: Partial<Record<RetentionKind, RetentionChange>> }> {
  const before = (await getWorkspaceRetention(db, options.workspaceId)).chosen;
  const values = Object.fromEntries(RETENTION_KIND_NAMES.map((kind) => [columnOf(kind), options.periods[kind]]));
  await db
    .insert(workspaceRetention)
    .values({ workspaceId: options.workspaceId, updatedBy: options.userId, ...values })
    .onConflictDoUpdate({ target: workspaceRetention.workspaceId, set: { ...values, updatedBy: options.userId, updatedAt: sql`now()` } });

  const changes: Partial<Record<RetentionKind, RetentionChange>> = {};
  for (const kind of RETENTION_KIND_NAMES) {
    if (before[kind] !== options.periods[kind]) changes[kind] = { from: before[kind], to: options.periods[kind] };
  }
  if (changes.prompts) {
    forgetRoutingSettings(options.workspaceId);
    await purgeCallPayloads(db, { workspaceId: options.workspaceId, retentionDays: options.periods.prompts ?? RETENTION_KINDS.prompts.defaultDays });
  }
  return { changes };
}
