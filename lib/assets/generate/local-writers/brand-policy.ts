import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { normalizeSpaces } from "./fit-text";
import { applyPreferredTerms } from "./preferred-terms";

export type BrandPolicy = {
  /** Applies the preferred terms; run on source text and on finished copy (templates too). */
  polish(text: string): string;
  /** False when the text contains a banned term: such a sentence or fact is never used. */
  allows(text: string): boolean;
  /** Disclaimers this channel must show, each whole in one field. */
  disclaimers: string[];
};

export function createBrandPolicy(rules: BrandRules, kind: AssetKind, language: "de" | "en" | null = null): BrandPolicy {
  const banned = rules.bannedTerms.map((entry) => entry.term).filter((term) => term.trim() !== "");
  return {
    polish: (text) => applyPreferredTerms(text, rules.preferredTerms),
    allows: (text) => !banned.some((term) => containsTerm(text, term)),
    disclaimers: rules.requiredDisclaimers
      .filter((disclaimer) => disclaimer.channel === kind && disclaimer.text.trim() !== "" && (!disclaimer.language || !language || disclaimer.language === language))
      .map((disclaimer) => normalizeSpaces(disclaimer.text)),
  };
}
