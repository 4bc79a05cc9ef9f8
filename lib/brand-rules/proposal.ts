import { z } from "zod";
import { BannedTermSchema, FormattingRulesSchema, PreferredTermSchema, RequiredDisclaimerSchema, type BrandRules } from "@/lib/assets/schemas/brand-rules";

export const RULE_PROPOSAL_TYPES = ["banned_term", "preferred_term", "disclaimer", "formatting"] as const;
export type RuleProposalType = (typeof RULE_PROPOSAL_TYPES)[number];

/**
 * One rule read from a brand guide, in the shape BrandRules stores it (one entry; for formatting
 * only the settings the guide states), with the guide's sentence or list item it was read from.
 */
export const RuleProposalSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("banned_term"), rule: BannedTermSchema, evidence: z.string() }),
  z.object({ type: z.literal("preferred_term"), rule: PreferredTermSchema, evidence: z.string() }),
  z.object({ type: z.literal("disclaimer"), rule: RequiredDisclaimerSchema, evidence: z.string() }),
  z.object({ type: z.literal("formatting"), rule: FormattingRulesSchema, evidence: z.string() }),
]);
export type RuleProposal = z.infer<typeof RuleProposalSchema>;

function fold(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim();
}

/** JSON with object keys sorted at every level, so equal settings give equal keys. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes two proposals (or a proposal and a stored rule) the same rule: the same term in the
 * same language, the same disclaimer text under the same conditions, the same formatting setting.
 * Used to drop duplicates when extracting and when merging accepted rules.
 */
export function proposalKey(proposal: RuleProposal): string {
  switch (proposal.type) {
    case "banned_term":
      return `banned_term:${proposal.rule.language ?? "*"}:${fold(proposal.rule.term)}`;
    case "preferred_term":
      return `preferred_term:${proposal.rule.language ?? "*"}:${fold(proposal.rule.avoid)}`;
    case "disclaimer": {
      const r = proposal.rule;
      return `disclaimer:${r.channel ?? "*"}:${r.language ?? "*"}:${(r.categories ?? []).map(fold).sort().join("|")}:${r.pattern ?? ""}:${fold(r.text)}`;
    }
    case "formatting":
      return `formatting:${stableJson(proposal.rule)}`;
  }
}

/** The rule set with one accepted proposal merged in; an existing equal rule is replaced, not duplicated. */
export function mergeProposal(rules: BrandRules, proposal: RuleProposal): BrandRules {
  switch (proposal.type) {
    case "banned_term": {
      const key = proposalKey(proposal);
      return { ...rules, bannedTerms: [...rules.bannedTerms.filter((rule) => proposalKey({ type: "banned_term", rule, evidence: "" }) !== key), proposal.rule] };
    }
    case "preferred_term": {
      const key = proposalKey(proposal);
      return { ...rules, preferredTerms: [...rules.preferredTerms.filter((rule) => proposalKey({ type: "preferred_term", rule, evidence: "" }) !== key), proposal.rule] };
    }
    case "disclaimer": {
      const key = proposalKey(proposal);
      return { ...rules, requiredDisclaimers: [...rules.requiredDisclaimers.filter((rule) => proposalKey({ type: "disclaimer", rule, evidence: "" }) !== key), proposal.rule] };
    }
    case "formatting": {
      const current = rules.formatting ?? {};
      const priceFormat = proposal.rule.priceFormat ? { ...current.priceFormat, ...proposal.rule.priceFormat } : current.priceFormat;
      return { ...rules, formatting: { ...current, ...proposal.rule, ...(priceFormat ? { priceFormat } : {}) } };
    }
  }
}
