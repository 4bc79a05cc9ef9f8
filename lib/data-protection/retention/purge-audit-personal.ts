import "server-only";
import { sql } from "drizzle-orm";
import { sealErasure } from "@/lib/audit/erasure-seal";
import { currentAuditKeyring } from "@/lib/audit/keys";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";
import { ERASED_VALUE, pseudonymName } from "@/lib/data-protection/pseudonym";
import { PURGE_BATCH_SIZE } from "./batches";

/**
 * Replaces the personal fields of a chain's audit entries older than `days`: the actor's label
 * becomes their stable pseudonym (so "the same person did both" stays readable), the IP and the
 * personal detail go. The entries themselves, their hashed fields and the chain stay: the
 * database trigger allows exactly these columns to change, and `personal_erased_at` tells the
 * verifier to check the entry's erasure seal instead of its personal digest. The seal needs the
 * audit key, which is not in the database: it is computed here per row, not in SQL.
 */
export async function purgeAuditPersonalFields(db: Database, options: { chainKey: string; days: number; onBatch?: () => void }): Promise<number> {
  let total = 0;
  for (;;) {
    const touched = await db.transaction(async (tx) => {
      // Locked for this batch only; the pseudonym is computed here (one derivation, in pseudonym.ts).
      const rows = await executeRows<{ seq: string; id: string; hash: string; actor_user_id: string | null; has_label: boolean }>(
        tx,
        sql`select seq::text as seq, id, hash, actor_user_id, actor_label is not null as has_label from audit_log
            where chain_key = ${options.chainKey} and personal_erased_at is null
              and created_at < now() - make_interval(days => ${options.days}::int)
            order by seq limit ${PURGE_BATCH_SIZE} for update`,
      );
      if (rows.length === 0) return 0;
      const signingKey = currentAuditKeyring().signing;
      const erasedAt = new Date();
      const values = sql.join(
        rows.map((row) => {
          const label = row.has_label ? (row.actor_user_id ? pseudonymName(row.actor_user_id) : ERASED_VALUE) : null;
          const seal = sealErasure({ id: row.id, hash: row.hash, personalErasedAt: erasedAt, actorLabel: label, ip: null, detailPersonal: {} }, signingKey);
          return sql`(${row.seq}::bigint, ${label}::text, ${seal}::text)`;
        }),
        sql`, `,
      );
      await tx.execute(sql`
        update audit_log as entry
        set actor_label = pseudonymized.label, ip = null, detail_personal = '{}'::jsonb,
            personal_erased_at = ${erasedAt.toISOString()}::timestamptz, erasure_seal = pseudonymized.seal
        from (values ${values}) as pseudonymized(seq, label, seal)
        where entry.seq = pseudonymized.seq`);
      return rows.length;
    });
    total += touched;
    options.onBatch?.();
    if (touched < PURGE_BATCH_SIZE) return total;
  }
}
