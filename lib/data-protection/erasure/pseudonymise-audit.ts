import "server-only";
import { and, eq, ilike, or, sql } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { sealErasure } from "@/lib/audit/erasure-seal";
import { canonicalJson } from "@/lib/audit/hash";
import { currentAuditKeyring } from "@/lib/audit/keys";
import { pseudonymName } from "@/lib/data-protection/pseudonym";
import { namesPerson, scrubPersonalValue, type ErasedPerson } from "./scrub";

function containsPattern(value: string) {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * Rewrites the personal columns (actor label, IP, personal detail) of the entries that name the
 * person, in one chain or in every chain (`chainKey` null). Only those columns change, which the
 * audit trigger allows; the signed hash covers a digest of them, so each rewritten entry is
 * marked `personal_erased_at` and sealed with the audit key over its new values (the verifier
 * checks the seal instead of that digest, so nobody without the key can fake an erasure). Returns how many
 * entries changed.
 */
export async function pseudonymiseAuditEntries(
  tx: Database,
  options: { person: ErasedPerson; chainKey: string | null; excludeChainKey?: string; erasedAt: Date },
): Promise<number> {
  const { person } = options;
  const mentions = [
    eq(auditLog.actorUserId, person.userId),
    and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, person.userId)),
    person.email ? ilike(auditLog.actorLabel, containsPattern(person.email)) : undefined,
    person.email ? sql`${auditLog.detailPersonal}::text ilike ${containsPattern(person.email)}` : undefined,
    person.name ? sql`${auditLog.detailPersonal}::text ilike ${containsPattern(person.name)}` : undefined,
  ];
  const rows = await tx
    .select({
      seq: auditLog.seq,
      id: auditLog.id,
      hash: auditLog.hash,
      actorUserId: auditLog.actorUserId,
      actorLabel: auditLog.actorLabel,
      ip: auditLog.ip,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      detailPersonal: auditLog.detailPersonal,
      personalErasedAt: auditLog.personalErasedAt,
    })
    .from(auditLog)
    .where(
      and(
        options.chainKey ? eq(auditLog.chainKey, options.chainKey) : undefined,
        options.excludeChainKey ? sql`${auditLog.chainKey} <> ${options.excludeChainKey}` : undefined,
        or(...mentions),
      ),
    )
    .orderBy(auditLog.seq);

  const signingKey = currentAuditKeyring().signing;
  let changed = 0;
  for (const row of rows) {
    // The person acted (by id, or by typing their address at sign-in): their label and IP go.
    const isActor = row.actorUserId === person.userId || namesPerson(row.actorLabel, person);
    const isTarget = row.targetType === "user" && row.targetId === person.userId;
    const next = {
      actorLabel: isActor ? pseudonymName(person.userId) : row.actorLabel,
      ip: isActor ? null : row.ip,
      detailPersonal: scrubPersonalValue(row.detailPersonal, person, isTarget) as Record<string, unknown>,
    };
    const isUnchanged =
      next.actorLabel === row.actorLabel && next.ip === row.ip && canonicalJson(next.detailPersonal) === canonicalJson(row.detailPersonal);
    if (isUnchanged) continue;
    // Erased again (another person in the same entry): the first erasure's time stays, the seal is renewed.
    const personalErasedAt = row.personalErasedAt ?? options.erasedAt;
    const erasureSeal = sealErasure({ id: row.id, hash: row.hash, personalErasedAt, ...next }, signingKey);
    await tx
      .update(auditLog)
      .set({ ...next, personalErasedAt, erasureSeal })
      .where(eq(auditLog.seq, row.seq));
    changed++;
  }
  return changed;
}
