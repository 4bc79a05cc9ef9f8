import "server-only";
import { asc, eq } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { AuditEntry } from "@/lib/db/schema/audit-log";
import type { Database } from "@/lib/db/types";
import { checkErasureSeal } from "./erasure-seal";
import { digestPersonalFields, GENESIS_HASH, GLOBAL_CHAIN, legacyHashAuditEntry, signAuditEntry } from "./hash";
import { currentAuditKeyring, type AuditKeyring } from "./keys";

export type AuditChainProblem = {
  chainSeq: number;
  kind: "altered" | "missing" | "broken_link" | "unknown_key";
  message: string;
};

export type AuditChainReport = {
  chainKey: string;
  entries: number;
  /** Entries from before keyed hashing (plain sha256, key_id null): verified as they are, not a failure. */
  unkeyedEntries: number;
  /** Entries whose personal columns were replaced by a pseudonym: their erasure seal is checked instead of the digest. */
  erasedEntries: number;
  isIntact: boolean;
  problems: AuditChainProblem[];
};

/**
 * Recomputes a chain. An edited entry no longer matches its HMAC ("altered"); edited personal
 * columns no longer match the digest the HMAC covers ("altered"); an entry marked erased must
 * carry a valid erasure seal over its new personal columns instead (erasure-seal.ts), so the mark
 * itself cannot be forged without the key; a removed entry leaves a gap in chain_seq
 * ("missing") and its successor's prev_hash points at nothing ("broken_link"). Removing only the
 * newest entries leaves a shorter valid chain: the chain cannot see that alone, which is why the
 * database also refuses DELETE (drizzle/0002, 0012).
 *
 * Unkeyed entries are accepted only before the chain's first keyed one: someone who rewrites
 * history and recomputes it with plain sha256 produces unkeyed entries after keyed ones. (A chain
 * rewritten unkeyed from its very first entry cannot be told apart from one written before keys
 * existed; the report's `unkeyedEntries` shows it, and on an instance that started keyed it must be 0.)
 */
export async function verifyAuditChain(
  db: Database,
  options: { workspaceId: string | null },
): Promise<AuditChainReport> {
  const keyring = currentAuditKeyring();
  const chainKey = options.workspaceId ?? GLOBAL_CHAIN;
  const rows = await db.select().from(auditLog).where(eq(auditLog.chainKey, chainKey)).orderBy(asc(auditLog.chainSeq));
  const problems: AuditChainProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let seenKeyed = false;
  let unkeyedEntries = 0;
  let erasedEntries = 0;
  for (const row of rows) {
    if (row.chainSeq !== expectedSeq) {
      problems.push({ chainSeq: expectedSeq, kind: "missing", message: `entries ${expectedSeq}–${row.chainSeq - 1} are missing` });
    }
    if (row.prevHash !== previousHash) {
      problems.push({ chainSeq: row.chainSeq, kind: "broken_link", message: `entry ${row.chainSeq} does not link to the entry before it` });
    }
    if (row.personalErasedAt) {
      erasedEntries++;
      const problem = checkErasedEntry(row, keyring);
      if (problem) problems.push(problem);
    }
    if (row.keyId === null) {
      unkeyedEntries++;
      const problem = seenKeyed
        ? `entry ${row.chainSeq} is unkeyed but follows keyed entries: it was re-hashed without the key`
        : checkLegacyEntry(row);
      if (problem) problems.push({ chainSeq: row.chainSeq, kind: "altered", message: problem });
    } else {
      seenKeyed = true;
      problems.push(...checkKeyedEntry(row, keyring));
    }
    previousHash = row.hash;
    expectedSeq = row.chainSeq + 1;
  }
  return { chainKey, entries: rows.length, unkeyedEntries, erasedEntries, isIntact: problems.length === 0, problems };
}

function checkKeyedEntry(row: AuditEntry, keyring: AuditKeyring): AuditChainProblem[] {
  const key = keyring.byId.get(row.keyId!);
  if (!key) {
    return [{ chainSeq: row.chainSeq, kind: "unknown_key", message: `entry ${row.chainSeq} is signed with key "${row.keyId}", which is not configured (AUDIT_HMAC_KEYS)` }];
  }
  if (row.personalDigest === null) {
    return [{ chainSeq: row.chainSeq, kind: "altered", message: `entry ${row.chainSeq} was altered (its personal digest is missing)` }];
  }
  const signed = signAuditEntry(
    {
      id: row.id,
      chainKey: row.chainKey,
      chainSeq: row.chainSeq,
      workspaceId: row.workspaceId,
      actorUserId: row.actorUserId,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      outcome: row.outcome,
      detail: row.detail,
      personalDigest: row.personalDigest,
      keyId: key.id,
      createdAt: row.createdAt,
      prevHash: row.prevHash,
    },
    key,
  );
  if (signed !== row.hash) return [{ chainSeq: row.chainSeq, kind: "altered", message: `entry ${row.chainSeq} was altered` }];
  if (!row.personalErasedAt && digestPersonalFields(row, key) !== row.personalDigest) {
    return [{ chainSeq: row.chainSeq, kind: "altered", message: `entry ${row.chainSeq} was altered (who, IP or personal detail)` }];
  }
  return [];
}

/** An erased entry's personal columns are vouched for by its seal, not by the digest its hash covers. */
function checkErasedEntry(row: AuditEntry, keyring: AuditKeyring): AuditChainProblem | null {
  const { result, keyId } = checkErasureSeal({ ...row, personalErasedAt: row.personalErasedAt! }, row.erasureSeal, keyring);
  if (result === "valid") return null;
  if (result === "unknown_key") {
    return { chainSeq: row.chainSeq, kind: "unknown_key", message: `entry ${row.chainSeq}'s erasure is sealed with key "${keyId}", which is not configured (AUDIT_HMAC_KEYS)` };
  }
  const why = result === "missing" ? "its erasure seal is missing" : "its erasure seal does not match";
  return { chainSeq: row.chainSeq, kind: "altered", message: `entry ${row.chainSeq} was altered: personal fields changed after erasure (${why})` };
}

/**
 * The plain sha256 covered the personal columns too. Once such an entry's personal data is
 * erased its own hash cannot be recomputed; its link to the next entry still is checked.
 */
function checkLegacyEntry(row: AuditEntry): string | null {
  if (row.personalErasedAt) return null;
  const hash = legacyHashAuditEntry({
    id: row.id,
    chainKey: row.chainKey,
    chainSeq: row.chainSeq,
    workspaceId: row.workspaceId,
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    detail: row.detail,
    ip: row.ip,
    createdAt: row.createdAt,
    prevHash: row.prevHash,
  });
  return hash === row.hash ? null : `entry ${row.chainSeq} was altered`;
}
