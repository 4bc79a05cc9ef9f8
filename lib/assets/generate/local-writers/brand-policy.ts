import type { AssetKind } from "@/lib/assets/schemas/asset";
import { formattingOf, holdsForLanguage, type BrandRules, type PriceFormat } from "@/lib/assets/schemas/brand-rules";
import { disclaimerPatternHolds, disclaimerSituationHolds, hasPatternCondition, withoutDisclaimers } from "@/lib/assets/brand/disclaimer-conditions";
import { addressFormViolations } from "@/lib/assets/validate/brand-formatting";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { normalizeSpaces } from "./fit-text";
import { applyPreferredTerms } from "./preferred-terms";

export type BrandPolicy = {
  /** Applies the preferred terms of the language (and drops "!" where the brand bans it); run on source text and on finished copy (templates too). */
  polish(text: string): string;
  /** False when the text contains a banned term of the language, or addresses the reader in the other German form: such a sentence or fact is never used. */
  allows(text: string): boolean;
  /**
   * Disclaimers this asset must show, each whole in one field: those whose kind, language and
   * category hold, and whose text pattern (if any) holds in the facts the writer may state. A
   * pattern disclaimer included for a value the copy does not end up stating costs space, never
   * a failed check; leaving one out that the copy needs would fail.
   */
  disclaimers: string[];
  /** The disclaimers finished copy needs, patterns checked against that copy: for writers that know their copy. */
  disclaimersFor(copy: string): string[];
  /** The brand's price format for the language, null for the language's usual form. */
  priceFormat: PriceFormat | null;
};

export type BrandPolicySituation = {
  /** The product's category path; null for a topic. */
  category?: string | null;
  /** The text of the sources the writer may quote: where pattern-conditioned disclaimers look before the copy exists. */
  factsText?: string;
};

export function createBrandPolicy(rules: BrandRules, kind: AssetKind, language: "de" | "en" | null = null, situation: BrandPolicySituation = {}): BrandPolicy {
  const banned = rules.bannedTerms.filter((entry) => entry.term.trim() !== "" && holdsForLanguage(entry, language)).map((entry) => entry.term);
  const formatting = formattingOf(rules);
  const formality = language === "de" ? formatting.formality : null;
  const candidates = rules.requiredDisclaimers.filter((disclaimer) => disclaimerSituationHolds(disclaimer, { kind, language, category: situation.category ?? null }));
  const allTexts = rules.requiredDisclaimers.map((disclaimer) => disclaimer.text);
  const disclaimersWhere = (text: string | undefined) =>
    candidates.filter((disclaimer) => !hasPatternCondition(disclaimer) || text === undefined || disclaimerPatternHolds(disclaimer, withoutDisclaimers(text, allTexts))).map((disclaimer) => normalizeSpaces(disclaimer.text));

  return {
    polish: (text) => {
      const polished = applyPreferredTerms(text, rules.preferredTerms, language);
      // "Jetzt bestellen!" → "Jetzt bestellen." ; "¡" has no sentence-ending role and goes.
      return formatting.exclamationMarks ? polished : polished.replace(/([?.])!+/g, "$1").replace(/!+/g, ".").replace(/¡/g, "");
    },
    allows: (text) => !banned.some((term) => containsTerm(text, term)) && (formality === null || addressFormViolations(text, formality).length === 0),
    disclaimers: disclaimersWhere(situation.factsText),
    disclaimersFor: (copy) => disclaimersWhere(copy),
    priceFormat: language ? formatting.priceFormat[language] : null,
  };
}
