import type { FormattingRules } from "@/lib/assets/schemas/brand-rules";
import type { RuleProposal } from "@/lib/brand-rules/proposal";
import type { LineError } from "./rule-lines";
import { bannedToLines, disclaimersToLines, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

/*
 * A proposal is edited as one line in the same syntax as the rule text areas below it, so an
 * admin learns one way of writing rules. Formatting proposals are accepted or rejected as read.
 */
export function proposalToLine(proposal: RuleProposal): string | null {
  switch (proposal.type) {
    case "banned_term":
      return bannedToLines([proposal.rule]);
    case "preferred_term":
      return preferredToLines([proposal.rule]);
    case "disclaimer":
      return disclaimersToLines([proposal.rule]);
    case "formatting":
      return null;
  }
}

/** The edited line as the proposal's rule, or the sentence saying what is wrong with it. */
export function lineToRule(type: RuleProposal["type"], line: string): { rule: Record<string, unknown> } | { error: LineError } {
  switch (type) {
    case "banned_term": {
      const [rule] = linesToBanned(line);
      return rule && rule.term ? { rule } : { error: { key: "bannedRequired" } };
    }
    case "preferred_term": {
      const { rules, errors } = linesToPreferred(line);
      return rules[0] && errors.length === 0 ? { rule: rules[0] } : { error: errors[0] ?? { key: "preferredRequired" } };
    }
    case "disclaimer": {
      const { rules, errors } = linesToDisclaimers(line);
      return rules[0] && errors.length === 0 ? { rule: rules[0] } : { error: errors[0] ?? { key: "disclaimerRequired" } };
    }
    case "formatting":
      return { error: { key: "formattingAsProposed" } };
  }
}

const PRICE_EXAMPLE = (format: NonNullable<NonNullable<FormattingRules["priceFormat"]>["de"]>, language: "de" | "en") => {
  const number = format.decimals === "always" ? (language === "de" ? "129,00" : "129.00") : "129";
  const gap = format.space ? " " : "";
  return format.symbol === "before" ? `€${gap}${number}` : `${number}${gap}€`;
};

/** `t` is useTranslations("brand.formattingProposal"). */
export type FormattingTranslator = (
  key: "formality" | "noExclamation" | "sentenceCase" | "priceGerman" | "priceEnglish" | "noSetting" | "separator",
  values?: Record<string, string>,
) => string;

/** A formatting proposal as a sentence an admin can judge. */
export function describeFormatting(rule: FormattingRules, t: FormattingTranslator): string {
  const parts: string[] = [];
  if (rule.formality) parts.push(t("formality", { form: rule.formality === "sie" ? "Sie" : "du" }));
  if (rule.exclamationMarks === false) parts.push(t("noExclamation"));
  if (rule.sentenceCaseHeadlines) parts.push(t("sentenceCase"));
  for (const language of ["de", "en"] as const) {
    const format = rule.priceFormat?.[language];
    if (format) parts.push(t(language === "de" ? "priceGerman" : "priceEnglish", { example: PRICE_EXAMPLE(format, language) }));
  }
  return parts.join(t("separator")) || t("noSetting");
}
