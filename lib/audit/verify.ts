import "server-only";
import { asc, eq } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { GENESIS_HASH, GLOBAL_CHAIN, hashAuditEntry } from "./hash";

export type AuditChainProblem = {
  chainSeq: number;
  kind: "altered" | "missing" | "broken_link";
  message: string;
};

export type AuditChainReport = { chainKey: string; entries: number; isIntact: boolean; problems: AuditChainProblem[] };

/**
 * Recomputes a chain. An edited entry no longer matches its hash ("altered"); a removed entry
 * leaves a gap in chain_seq ("missing") and its successor's prev_hash points at nothing
 * ("broken_link"). Removing only the newest entries leaves a shorter valid chain: the chain
 * cannot see that alone, which is why the database also refuses DELETE (drizzle/0002).
 */
export async function verifyAuditChain(
  db: Database,
  options: { workspaceId: string | null },
): Promise<AuditChainReport> {
  const chainKey = options.workspaceId ?? GLOBAL_CHAIN;
  const rows = await db.select().from(auditLog).where(eq(auditLog.chainKey, chainKey)).orderBy(asc(auditLog.chainSeq));
  const problems: AuditChainProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.chainSeq !== expectedSeq) {
      problems.push({
        chainSeq: expectedSeq,
        kind: "missing",
        message: `entries ${expectedSeq}–${row.chainSeq - 1} are missing`,
      });
    }
    if (row.prevHash !== previousHash) {
      problems.push({
        chainSeq: row.chainSeq,
        kind: "broken_link",
        message: `entry ${row.chainSeq} does not link to the entry before it`,
      });
    }
    const { seq: _storageSeq, hash, ...fields } = row;
    if (hashAuditEntry(fields) !== hash) {
      problems.push({ chainSeq: row.chainSeq, kind: "altered", message: `entry ${row.chainSeq} was altered` });
    }
    previousHash = hash;
    expectedSeq = row.chainSeq + 1;
  }
  return { chainKey, entries: rows.length, isIntact: problems.length === 0, problems };
}
