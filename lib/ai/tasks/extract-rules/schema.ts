import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset";
import type { PriceFormat } from "@/lib/assets/schemas/brand-rules";
import { RULE_PROPOSAL_TYPES, RuleProposalSchema, type RuleProposal } from "@/lib/brand-rules/proposal";

/** Output name of the extract-rules task (the local extractive model's writer is keyed by it). */
export const EXTRACT_RULES_OUTPUT = "extract-rules";

const language = z.enum(["de", "en"]).nullable();

/*
 * Flat, every field nullable rather than optional: strict structured-output providers reject
 * optional fields and handle unions poorly. toRuleProposals turns each entry into the stored shape
 * and drops what does not make a rule.
 */
export const ExtractedRuleSchema = z.object({
  type: z.enum(RULE_PROPOSAL_TYPES).describe("banned_term, preferred_term, disclaimer, or formatting"),
  term: z.string().nullable().describe("banned_term: the banned word or claim; preferred_term: the word to avoid"),
  use: z.string().nullable().describe("preferred_term: the word to use instead"),
  reason: z.string().nullable().describe("banned_term: why the guide bans it, if it says"),
  language: language.describe("The language the term or disclaimer is written in and applies to (de or en); null when it holds for both"),
  disclaimerText: z.string().nullable().describe("disclaimer: the exact text to show"),
  channel: z.enum(ASSET_KINDS).nullable().describe("disclaimer: the only asset kind it is required on; null for every kind"),
  categories: z.array(z.string()).describe("disclaimer: product categories it is limited to, as the guide names them; empty for all"),
  pattern: z.string().nullable().describe("disclaimer: a case-insensitive regular expression the copy must match for the disclaimer to apply (e.g. \\d+ ?mm when a measured value is stated); null when always"),
  formality: z.enum(["sie", "du"]).nullable().describe("formatting: how German copy addresses the reader"),
  exclamationMarks: z.boolean().nullable().describe("formatting: false when the guide forbids exclamation marks"),
  sentenceCaseHeadlines: z.boolean().nullable().describe("formatting: true when headlines must be in sentence case"),
  priceFormat: z
    .object({
      language: z.enum(["de", "en"]),
      decimals: z.enum(["always", "when-needed"]),
      symbol: z.enum(["before", "after"]),
      space: z.boolean().describe("a space between amount and currency symbol"),
    })
    .nullable()
    .describe("formatting: how prices are written in one language, read from the guide's example"),
  evidence: z.string().describe("The guide's sentence or list item the rule was read from, quoted exactly"),
});
export type ExtractedRule = z.infer<typeof ExtractedRuleSchema>;

export const ExtractRulesOutputSchema = z.object({ rules: z.array(ExtractedRuleSchema).describe("Every rule the guide states; none it does not") });
export type ExtractRulesOutput = z.infer<typeof ExtractRulesOutputSchema>;

function formattingOf(entry: ExtractedRule): RuleProposal["rule"] | null {
  const rule: Record<string, unknown> = {};
  if (entry.formality) rule.formality = entry.formality;
  if (entry.exclamationMarks === false) rule.exclamationMarks = false;
  if (entry.sentenceCaseHeadlines === true) rule.sentenceCaseHeadlines = true;
  if (entry.priceFormat) {
    const { language: lang, ...format } = entry.priceFormat;
    rule.priceFormat = { [lang]: format };
  }
  return Object.keys(rule).length > 0 ? (rule as RuleProposal["rule"]) : null;
}

/** The model's entries as proposals in the stored shape; an entry that makes no valid rule is dropped. */
export function toRuleProposals(output: ExtractRulesOutput): RuleProposal[] {
  return output.rules.flatMap((entry) => {
    const evidence = entry.evidence.trim();
    let candidate: unknown;
    switch (entry.type) {
      case "banned_term":
        candidate = entry.term?.trim() ? { type: entry.type, rule: { term: entry.term.trim(), reason: entry.reason?.trim() || null, language: entry.language }, evidence } : null;
        break;
      case "preferred_term":
        candidate = entry.term?.trim() && entry.use?.trim() ? { type: entry.type, rule: { avoid: entry.term.trim(), use: entry.use.trim(), language: entry.language }, evidence } : null;
        break;
      case "disclaimer":
        candidate = entry.disclaimerText?.trim()
          ? {
              type: entry.type,
              rule: {
                channel: entry.channel,
                language: entry.language,
                text: entry.disclaimerText.trim(),
                ...(entry.categories.length > 0 ? { categories: entry.categories } : {}),
                ...(entry.pattern?.trim() ? { pattern: entry.pattern.trim() } : {}),
              },
              evidence,
            }
          : null;
        break;
      case "formatting": {
        const rule = formattingOf(entry);
        candidate = rule ? { type: entry.type, rule, evidence } : null;
        break;
      }
    }
    const parsed = RuleProposalSchema.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The stored shape back to the model's (the local writer returns what a hosted model would). */
export function toExtractedRule(proposal: RuleProposal): ExtractedRule {
  const empty: ExtractedRule = {
    type: proposal.type, term: null, use: null, reason: null, language: null, disclaimerText: null, channel: null, categories: [], pattern: null,
    formality: null, exclamationMarks: null, sentenceCaseHeadlines: null, priceFormat: null, evidence: proposal.evidence,
  };
  switch (proposal.type) {
    case "banned_term":
      return { ...empty, term: proposal.rule.term, reason: proposal.rule.reason, language: proposal.rule.language ?? null };
    case "preferred_term":
      return { ...empty, term: proposal.rule.avoid, use: proposal.rule.use, language: proposal.rule.language ?? null };
    case "disclaimer":
      return { ...empty, disclaimerText: proposal.rule.text, channel: proposal.rule.channel, language: proposal.rule.language, categories: proposal.rule.categories ?? [], pattern: proposal.rule.pattern ?? null };
    case "formatting": {
      const [priceLanguage, priceFormat] = (Object.entries(proposal.rule.priceFormat ?? {}).find(([, format]) => format) ?? [null, null]) as [string | null, PriceFormat | null];
      return {
        ...empty,
        formality: proposal.rule.formality ?? null,
        exclamationMarks: proposal.rule.exclamationMarks ?? null,
        sentenceCaseHeadlines: proposal.rule.sentenceCaseHeadlines ?? null,
        priceFormat: priceLanguage && priceFormat ? { language: priceLanguage as "de" | "en", ...priceFormat } : null,
      };
    }
  }
}
