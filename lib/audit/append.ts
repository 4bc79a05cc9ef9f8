import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { digestPersonalFields, GENESIS_HASH, GLOBAL_CHAIN, signAuditEntry, type HashedAuditFields } from "./hash";
import { currentAuditKeyring } from "./keys";
import { splitPersonalDetail } from "./personal-detail";

export type AuditOutcome = "success" | "denied" | "invalid_input" | "failed";

export type AuditEvent = {
  workspaceId: string | null;
  actorUserId: string | null;
  actorLabel?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: AuditOutcome;
  /** Personal fields in it (e-mail addresses, names, …) are split off into detail_personal (lib/audit/personal-detail.ts). */
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Appends one entry to its workspace's hash chain. Runs in a transaction holding an advisory
 * lock on the chain, so concurrent writers (several app instances) cannot fork the chain.
 * Pass a transaction to make the entry commit or roll back with the change it records.
 *
 * The entry is signed with the keyring's signing key (HMAC). Personal data stays outside the
 * signed fields: the signature covers only a keyed digest of it, so a person's data can later be
 * replaced by a pseudonym without breaking the chain.
 */
export async function appendAuditEntry(db: Database, event: AuditEvent): Promise<string> {
  const chainKey = event.workspaceId ?? GLOBAL_CHAIN;
  const key = currentAuditKeyring().signing;
  const { detail, detailPersonal } = splitPersonalDetail(event.action, event.detail ?? {});
  const personal = { actorLabel: event.actorLabel ?? null, ip: event.ip ?? null, detailPersonal };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${chainKey}`}, 0))`);
    const [last] = await tx
      .select({ chainSeq: auditLog.chainSeq, hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.chainKey, chainKey))
      .orderBy(desc(auditLog.chainSeq))
      .limit(1);
    const fields: HashedAuditFields = {
      id: createId("audit"),
      chainKey,
      chainSeq: (last?.chainSeq ?? 0) + 1,
      workspaceId: event.workspaceId,
      actorUserId: event.actorUserId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      outcome: event.outcome,
      detail,
      personalDigest: digestPersonalFields(personal, key),
      keyId: key.id,
      // Millisecond precision: the column is timestamp(3), so the stored value hashes the same.
      createdAt: new Date(),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx.insert(auditLog).values({ ...fields, ...personal, hash: signAuditEntry(fields, key) });
    return fields.id;
  });
}
