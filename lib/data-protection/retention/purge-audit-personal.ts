import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";
import { ERASED_VALUE, pseudonymName } from "@/lib/data-protection/pseudonym";
import { PURGE_BATCH_SIZE } from "./batches";

/**
 * Replaces the personal fields of a chain's audit entries older than `days`: the actor's label
 * becomes their stable pseudonym (so "the same person did both" stays readable), the IP and the
 * personal detail go. The entries themselves, their hashed fields and the chain stay: the
 * database trigger allows exactly these columns to change, and `personal_erased_at` tells the
 * verifier not to recheck the personal digest of such an entry.
 */
export async function purgeAuditPersonalFields(db: Database, options: { chainKey: string; days: number; onBatch?: () => void }): Promise<number> {
  let total = 0;
  for (;;) {
    const touched = await db.transaction(async (tx) => {
      // Locked for this batch only; the pseudonym is computed here (one derivation, in pseudonym.ts).
      const rows = await executeRows<{ seq: string; actor_user_id: string | null; has_label: boolean }>(
        tx,
        sql`select seq::text as seq, actor_user_id, actor_label is not null as has_label from audit_log
            where chain_key = ${options.chainKey} and personal_erased_at is null
              and created_at < now() - make_interval(days => ${options.days}::int)
            order by seq limit ${PURGE_BATCH_SIZE} for update`,
      );
      if (rows.length === 0) return 0;
      const values = sql.join(
        rows.map((row) => {
          const label = row.has_label ? (row.actor_user_id ? pseudonymName(row.actor_user_id) : ERASED_VALUE) : null;
          return sql`(${row.seq}::bigint, ${label}::text)`;
        }),
        sql`, `,
      );
      await tx.execute(sql`
        update audit_log as entry
        set actor_label = pseudonymized.label, ip = null, detail_personal = '{}'::jsonb, personal_erased_at = now()
        from (values ${values}) as pseudonymized(seq, label)
        where entry.seq = pseudonymized.seq`);
      return rows.length;
    });
    total += touched;
    options.onBatch?.();
    if (touched < PURGE_BATCH_SIZE) return total;
  }
}
