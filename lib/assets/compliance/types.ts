import { z } from "zod";
import { ISSUE_CODES, type IssueCode, type IssueParams } from "@/lib/assets/validate/issue-codes";

/**
 * One rule judged on one version. The shape brand-rule evaluation returns
 * (`evaluateBrandRules(asset, context)` in lib/assets/validate/brand-rules.ts), and the shape
 * every other source of rules (validation groups, the judge's checks) is turned into.
 */
export type RuleEvaluation = {
  ruleId: string;
  /** What kind of rule: platform, grounding, banned_term, preferred_term, disclaimer, formatting, voice, … */
  ruleType: string;
  /** False when the rule does not concern this asset (a German disclaimer on an English ad). */
  applicable: boolean;
  passed: boolean;
  /** Why it passed or failed, in a sentence a marketer can act on. */
  message: string;
  /** A failure's `message` as issue codes for the UI in the member's language; absent when a part has no code (the judge's checks). */
  texts?: RuleTexts;
};

/** The issues a failing rule's message shows (the first few) and how many more it had. */
export type RuleTexts = { shown: { path: string; code: IssueCode; params?: IssueParams }[]; more: number };

export type FailingRule = { ruleId: string; ruleType: string; message: string; texts?: RuleTexts };

const RuleTextsSchema = z.object({
  shown: z.array(z.object({ path: z.string(), code: z.enum(ISSUE_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  more: z.number().int().min(0),
});

/**
 * A version's compliance: the share of applicable rules it passes (0–100) and the rules it
 * fails. Stored in asset_versions.compliance at every save and read back through the schema below.
 */
export type ComplianceReport = {
  score: number;
  applicable: number;
  passed: number;
  failing: FailingRule[];
  /** Who judged voice and tone: a model id or the local heuristic judge; null when nobody did. */
  judgedBy: string | null;
};

const FailingRuleSchema = z.object({
  ruleId: z.string().catch(""),
  ruleType: z.string().catch("other"),
  message: z.string().catch("Unnamed rule."),
  // Reports stored before codes, or with a code this build does not know, show the English message.
  texts: RuleTextsSchema.optional().catch(undefined),
});

/** Lenient reader for stored reports and the browser: a damaged report reads as "not scored" (null). */
export const ComplianceReportSchema = z
  .object({
    score: z.number().int().min(0).max(100),
    applicable: z.number().int().min(0),
    passed: z.number().int().min(0),
    failing: z.array(FailingRuleSchema).catch([]),
    judgedBy: z.string().nullable().catch(null),
  })
  .nullable()
  .catch(null) satisfies z.ZodType<ComplianceReport | null>;

export function readComplianceReport(value: unknown): ComplianceReport | null {
  return ComplianceReportSchema.parse(value ?? null);
}
