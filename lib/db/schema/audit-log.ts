import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Append-only audit log. A trigger (drizzle/0002) refuses UPDATE, DELETE and TRUNCATE.
 * Entries form one hash chain per workspace (`chain_key` = workspace id, or "global" for
 * events outside any workspace such as sign-in): `hash` = sha256(prev_hash + entry fields),
 * and `chain_seq` has no gaps, so an altered or removed entry is detectable (lib/audit/verify.ts).
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
