import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Append-only audit log. Entries form one hash chain per workspace (`chain_key` = workspace id,
 * or "global" for events outside any workspace such as sign-in): `hash` = HMAC(key `key_id`,
 * prev_hash + entry fields), and `chain_seq` has no gaps, so an altered or removed entry is
 * detectable (lib/audit/verify.ts). Entries written before keys existed have `key_id` null and a
 * plain sha256.
 *
 * Personal data (who as a label, the client IP, personal detail fields) sits outside the hashed
 * fields: the hash covers `personal_digest`, a keyed digest of them, so a person's data can be
 * erased (set `personal_erased_at`, rewrite the personal columns) without breaking the chain.
 * A trigger (drizzle/0012, 0013) refuses every other UPDATE, refuses DELETE except for a whole chain
 * being removed with its workspace once that workspace is due for deletion, and refuses TRUNCATE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    id: text("id").notNull(),
    chainKey: text("chain_key").notNull(),
    chainSeq: integer("chain_seq").notNull(),
    workspaceId: text("workspace_id"),
    actorUserId: text("actor_user_id"),
    /** Who acted, as shown to a person (email), kept even if the user is deleted later. */
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    /** success | denied | invalid_input | failed */
    outcome: text("outcome").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull(),
    ip: text("ip"),
    /** Personal fields split out of `detail` at write time (e-mail addresses, names): erasable. */
    detailPersonal: jsonb("detail_personal").$type<Record<string, unknown>>().notNull().default({}),
    /** Keyed digest of actor_label, ip and detail_personal, covered by `hash`; null on entries before 0012. */
    personalDigest: text("personal_digest"),
    /** Set when the personal columns were replaced by a pseudonym (erasure or retention); the digest is then not rechecked. */
    personalErasedAt: timestamp("personal_erased_at", { withTimezone: true }),
    /**
     * `keyId:hmac` over the entry's id and hash, `personal_erased_at` and the rewritten personal
     * columns (lib/audit/erasure-seal.ts). Without it anyone with UPDATE rights could set the
     * erased mark and rewrite who/IP at will; with it only a holder of the audit key can.
     */
    erasureSeal: text("erasure_seal"),
    /** Which HMAC key signed `hash` (AUDIT_HMAC_KEYS); null = unkeyed sha256 from before keys existed. */
    keyId: text("key_id"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [
    uniqueIndex("audit_log_chain_unique").on(table.chainKey, table.chainSeq),
    index("audit_log_workspace_time_idx").on(table.workspaceId, table.createdAt),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
