import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { brandRuleProposals, brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";
import { createId } from "@/lib/ids";
import { EMPTY_BRAND_RULES, readBrandRules, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { BrandSettingsInputSchema } from "@/lib/assets/brand/brand-settings";
import { runExtractRules } from "@/lib/ai/tasks/extract-rules/run";
import { loadGuideForExtraction } from "./guide-text";
import { mergeProposal, proposalKey, RuleProposalSchema, type RuleProposal, type RuleProposalType } from "./proposal";

export type PendingRuleProposal = RuleProposal & { id: string; sourceId: string; sourceVersion: number; extractor: string; createdAt: Date };

async function currentRules(db: Database, workspaceId: string): Promise<BrandRules> {
  const [row] = await db.select({ rules: brandSettings.rules }).from(brandSettings).where(eq(brandSettings.workspaceId, workspaceId));
  return row ? readBrandRules(row.rules) : EMPTY_BRAND_RULES;
}

/** Keys of every rule the workspace already has, so a proposal of one of them is not made again. */
function existingKeys(rules: BrandRules): Set<string> {
  return new Set([
    ...rules.bannedTerms.map((rule) => proposalKey({ type: "banned_term", rule, evidence: "" })),
    ...rules.preferredTerms.map((rule) => proposalKey({ type: "preferred_term", rule, evidence: "" })),
    ...rules.requiredDisclaimers.map((rule) => proposalKey({ type: "disclaimer", rule, evidence: "" })),
  ]);
}

/**
 * Reads the rules out of one guide (a source of role brand_voice, or any source an admin points
 * at) and stores them as pending proposals. The source's earlier pending proposals are replaced:
 * they were read from an older version or an earlier run. Rules the workspace already has are not
 * proposed again. Called when a brand_voice source finishes ingestion and from the Brand rules page.
 */
export async function proposeRulesForSource(db: Database, options: { workspaceId: string; sourceId: string; userId?: string | null }): Promise<{ proposed: number; extractor: string }> {
  const guide = await loadGuideForExtraction(db, options);
  const { proposals, extractor } = await runExtractRules(db, { workspaceId: options.workspaceId, userId: options.userId ?? null, guide });
  const known = existingKeys(await currentRules(db, options.workspaceId));
  const fresh = proposals.filter((proposal) => !known.has(proposalKey(proposal)));
  await db.transaction(async (tx) => {
    await tx
      .delete(brandRuleProposals)
      .where(and(eq(brandRuleProposals.workspaceId, options.workspaceId), eq(brandRuleProposals.sourceId, guide.sourceId), eq(brandRuleProposals.status, "pending")));
    if (fresh.length > 0) {
      await tx.insert(brandRuleProposals).values(
        fresh.map((proposal) => ({
          id: createId("ruleProposal"),
          workspaceId: options.workspaceId,
          sourceId: guide.sourceId,
          sourceVersion: guide.version,
          ruleType: proposal.type,
          rule: proposal.rule as Record<string, unknown>,
          evidence: proposal.evidence,
          extractor,
        })),
      );
    }
  });
  return { proposed: fresh.length, extractor };
}

function toPending(row: typeof brandRuleProposals.$inferSelect): PendingRuleProposal | null {
  const parsed = RuleProposalSchema.safeParse({ type: row.ruleType, rule: row.rule, evidence: row.evidence });
  if (!parsed.success) return null;
  return { ...parsed.data, id: row.id, sourceId: row.sourceId, sourceVersion: row.sourceVersion, extractor: row.extractor, createdAt: row.createdAt };
}

/** The workspace's pending proposals, oldest first (in the guide's order within one run). */
export async function listPendingProposals(db: Database, options: { workspaceId: string }): Promise<PendingRuleProposal[]> {
  const rows = await db
    .select()
    .from(brandRuleProposals)
    .where(and(eq(brandRuleProposals.workspaceId, options.workspaceId), eq(brandRuleProposals.status, "pending")))
    .orderBy(asc(brandRuleProposals.createdAt), asc(brandRuleProposals.id));
  return rows.map(toPending).filter((proposal) => proposal !== null);
}

const RULE_LIST_LABELS: Record<string, string> = { bannedTerms: "banned term", preferredTerms: "preferred term", requiredDisclaimers: "disclaimer", toneNotes: "tone notes", formatting: "formatting" };

/** "banned term "xyz…": term Too big…" rather than a bare zod path, so the admin knows which rule to fix. */
function describeRuleIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], rules: BrandRules): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const [list, index, field] = issue.path;
      const label = RULE_LIST_LABELS[String(list)] ?? String(list);
      if (typeof index !== "number") return `${String(list) in rules && Array.isArray(rules[list as keyof BrandRules]) ? `${label}s` : label}: ${englishIssueMessage(issue)}`;
      const entry = (rules[list as "bannedTerms" | "preferredTerms" | "requiredDisclaimers"] as Record<string, unknown>[])[index] ?? {};
      const name = String(entry.term ?? entry.avoid ?? entry.text ?? "").slice(0, 40);
      return `${label} "${name}"${field !== undefined ? ` (${String(field)})` : ""}: ${englishIssueMessage(issue)}`;
    })
    .join("; ");
}

export type ProposalDecision = { id: string; /** The admin's edited rule; missing: accept as proposed. */ rule?: unknown };

/**
 * Accepts pending proposals, each as proposed or as the admin edited it, and merges them into the
 * workspace's brand rules (an equal rule is replaced, never duplicated). All or nothing: an id that
 * is not a pending proposal of this workspace, or an edit that is not a valid rule of its type,
 * changes nothing and says which.
 */
export async function acceptProposals(
  db: Database,
  options: { workspaceId: string; userId: string; decisions: ProposalDecision[] },
): Promise<{ accepted: number; byType: Partial<Record<RuleProposalType, number>> }> {
  return db.transaction(async (tx) => {
    const ids = options.decisions.map((decision) => decision.id);
    if (ids.length === 0) return { accepted: 0, byType: {} };
    const rows = await tx
      .select()
      .from(brandRuleProposals)
      .where(and(eq(brandRuleProposals.workspaceId, options.workspaceId), inArray(brandRuleProposals.id, ids), eq(brandRuleProposals.status, "pending")));
    const byId = new Map(rows.map((row) => [row.id, row]));
    let rules = await currentRules(tx, options.workspaceId);
    const byType: Partial<Record<RuleProposalType, number>> = {};
    for (const decision of options.decisions) {
      const row = byId.get(decision.id);
      if (!row) throw new AppError("not_found", { key: "brandRules.proposalNotPendingWorkspace", params: { id: decision.id } });
      const parsed = RuleProposalSchema.safeParse({ type: row.ruleType, rule: decision.rule ?? row.rule, evidence: row.evidence });
      if (!parsed.success) throw new AppError("invalid_input", { key: "brandRules.editedRuleInvalid", params: { ruleType: row.ruleType, issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "rule"} ${englishIssueMessage(issue)}`).join("; ") } });
      rules = mergeProposal(rules, parsed.data);
      byType[parsed.data.type] = (byType[parsed.data.type] ?? 0) + 1;
      await tx
        .update(brandRuleProposals)
        .set({ status: "accepted", rule: parsed.data.rule as Record<string, unknown>, decidedBy: options.userId, decidedAt: new Date() })
        .where(eq(brandRuleProposals.id, row.id));
    }
    // The merged rules must pass the same bounds as the Brand settings form (lengths, the
    // disclaimer-pattern check, the 500/50 count caps): otherwise accepting could store rules the
    // form then refuses to save, and an unchecked pattern would reach the validators. The throw
    // rolls back the status updates above, so a refusal changes nothing.
    const bounded = BrandSettingsInputSchema.shape.rules.safeParse(rules);
    if (!bounded.success) throw new AppError("invalid_input", { key: "brandRules.proposalsBreakLimits", params: { issues: describeRuleIssues(bounded.error.issues, rules) } });
    const values = { rules: bounded.data, updatedBy: options.userId, updatedAt: new Date() };
    await tx.insert(brandSettings).values({ workspaceId: options.workspaceId, ...values }).onConflictDoUpdate({ target: brandSettings.workspaceId, set: values });
    return { accepted: options.decisions.length, byType };
  });
}

/** Every pending proposal of the workspace, accepted as proposed. */
export async function acceptAllProposals(db: Database, options: { workspaceId: string; userId: string }) {
  const pending = await listPendingProposals(db, options);
  return acceptProposals(db, { ...options, decisions: pending.map((proposal) => ({ id: proposal.id })) });
}

/** Rejects pending proposals; the rules stay as they are. */
export async function rejectProposals(db: Database, options: { workspaceId: string; userId: string; ids: string[] }): Promise<{ rejected: number }> {
  if (options.ids.length === 0) return { rejected: 0 };
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(brandRuleProposals)
      .set({ status: "rejected", decidedBy: options.userId, decidedAt: new Date() })
      .where(and(eq(brandRuleProposals.workspaceId, options.workspaceId), inArray(brandRuleProposals.id, options.ids), eq(brandRuleProposals.status, "pending")))
      .returning({ id: brandRuleProposals.id });
    // All or nothing, as accepting: the throw rolls the update back.
    if (updated.length !== new Set(options.ids).size) throw new AppError("not_found", { key: "brandRules.someProposalsAreNo" });
    return { rejected: updated.length };
  });
}
