import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { GLOBAL_CHAIN } from "@/lib/audit/hash";
import type { Database } from "@/lib/db/types";
import { runInBatches } from "./batches";
import { RETENTION_KINDS } from "./periods";
import { purgeAuditPersonalFields } from "./purge-audit-personal";

/**
 * Records that belong to no workspace and are useless once spent: expired or used link tokens,
 * ended sessions, old rate-limit windows and finished jobs. A grace period keeps them a few days
 * after they stopped working, so "why did my link not work?" can still be answered from the row.
 */
export const SPENT_RECORD_GRACE_DAYS = 7;
/** A finished job is kept long enough to explain last month's import or batch; a failed one longer, for support. */
export const SUCCEEDED_JOB_DAYS = 30;
export const FAILED_JOB_DAYS = 90;
/** A rate-limit row past its window counts nothing; a day keeps today's counters for a look. */
const RATE_LIMIT_GRACE_DAYS = 1;

const before = (days: number) => sql`now() - make_interval(days => ${days}::int)`;

function deleteById(table: string, key: string, where: SQL) {
  return (limit: number) => sql`
    with doomed as (select ${sql.raw(key)} from ${sql.raw(table)} where ${where} limit ${limit}),
    gone as (delete from ${sql.raw(table)} where ${sql.raw(key)} in (select ${sql.raw(key)} from doomed) returning 1)
    select count(*)::int as n from gone`;
}

export async function purgeInstanceRecords(db: Database, options: { onBatch?: () => void } = {}): Promise<Record<string, number>> {
  const grace = before(SPENT_RECORD_GRACE_DAYS);
  const steps: [string, (limit: number) => SQL][] = [
    ["setup_tokens", deleteById("setup_tokens", "id", sql`used_at < ${grace} or expires_at < ${grace}`)],
    ["user_sessions", deleteById("user_sessions", "id", sql`revoked_at < ${grace} or expires_at < ${grace}`)],
    // Accepted invitations go too: the membership and the audit log keep who joined when.
    ["invitations", deleteById("invitations", "id", sql`revoked_at < ${grace} or accepted_at < ${grace} or (accepted_at is null and expires_at < ${grace})`)],
    ["password_reset_tokens", deleteById("password_reset_tokens", "id", sql`used_at < ${grace} or expires_at < ${grace}`)],
    ["rate_limits", deleteById("rate_limits", "key", sql`expire < ${before(RATE_LIMIT_GRACE_DAYS)}`)],
    [
      "jobs",
      deleteById(
        "jobs",
        "id",
        // A batch's progress is counted from its item jobs: they stay while the batch exists.
        sql`((status = 'succeeded' and finished_at < ${before(SUCCEEDED_JOB_DAYS)}) or (status = 'failed' and finished_at < ${before(FAILED_JOB_DAYS)}))
            and not exists (select 1 from generation_batches batch where batch.id = jobs.payload->>'batchId')`,
      ),
    ],
  ];
  const counts: Record<string, number> = {};
  for (const [name, statement] of steps) counts[name] = await runInBatches(db, statement, { onBatch: options.onBatch });
  // Sign-in events (the global chain) hold e-mails and IPs of every account: the default period applies.
  counts.audit_personal_global = await purgeAuditPersonalFields(db, { chainKey: GLOBAL_CHAIN, days: RETENTION_KINDS.auditPersonal.defaultDays, onBatch: options.onBatch });
  return counts;
}
