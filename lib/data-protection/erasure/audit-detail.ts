import type { ErasureReport } from "./erase-personal-data";

/** The action name erasures are audited under, wherever they are started from. */
export const ERASURE_AUDIT_ACTION = "member.erase";

/**
 * What the audit entry of an erasure says: the pseudonym and the counts, never the e-mail or
 * name (the entry would otherwise re-record what was just erased).
 */
export function describeErasureForAudit(report: ErasureReport): Record<string, unknown> {
  return {
    pseudonym: report.pseudonym,
    accountDeleted: report.accountDeleted,
    accountKeptBecause: report.accountKeptBecause,
    counts: Object.fromEntries(report.tables.map((row) => [row.table, { changed: row.changed, deleted: row.deleted }])),
  };
}
