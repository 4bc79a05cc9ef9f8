import { formattingOf, hashtagsOf, holdsForLanguage, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { isSocialPostKind } from "@/lib/assets/schemas/social-post";
import { disclaimerSituationHolds, hasPatternCondition, type DisclaimerSituation } from "./disclaimer-conditions";
import { formatPriceAs } from "./price-format";

/**
 * The brand rules that hold for one asset, as instructions for a generative model: only the
 * rules of the asset's language, kind and product category, so a model writing German copy is
 * never told to replace the English "rucksack".
 */
export function brandRuleInstructions(rules: BrandRules, situation: DisclaimerSituation): string[] {
  const { language } = situation;
  const lines: string[] = [];
  const banned = rules.bannedTerms.filter((term) => holdsForLanguage(term, language));
  if (banned.length > 0) lines.push(`Never use these terms or claims: ${banned.map((t) => `"${t.term}"`).join(", ")}.`);
  const preferred = rules.preferredTerms.filter((term) => holdsForLanguage(term, language));
  if (preferred.length > 0) lines.push(`Preferred terminology: ${preferred.map((t) => `"${t.use}" instead of "${t.avoid}"`).join(", ")}.`);
  const disclaimers = rules.requiredDisclaimers.filter((d) => disclaimerSituationHolds(d, situation));
  const always = disclaimers.filter((d) => !hasPatternCondition(d));
  if (always.length > 0) lines.push(`Include these disclaimers word for word in one text field: ${always.map((d) => `"${d.text}"`).join(", ")}.`);
  for (const conditional of disclaimers.filter(hasPatternCondition)) {
    lines.push(`If the copy states something matching the regular expression /${conditional.pattern}/i, include this disclaimer word for word in one text field: "${conditional.text}".`);
  }
  const formatting = formattingOf(rules);
  if (language === "de" && formatting.formality) lines.push(`Address the reader as "${formatting.formality === "sie" ? "Sie" : "du"}".`);
  if (!formatting.exclamationMarks) lines.push("Use no exclamation marks.");
  if (formatting.sentenceCaseHeadlines) lines.push("Write titles, headlines and headings in sentence case, not Title Case.");
  const priceFormat = language ? formatting.priceFormat[language] : null;
  if (priceFormat) lines.push(`Write prices like ${formatPriceAs(129, "EUR", language!, priceFormat).replace(/\u00a0/g, " ")} (the source's amount, in this format).`);
  if (isSocialPostKind(situation.kind)) {
    const hashtags = hashtagsOf(rules);
    lines.push(
      hashtags.length > 0
        ? `Hashtags: use only these, word for word and without "#": ${hashtags.map((tag) => `"${tag}"`).join(", ")}; pick those that match the post's subject.`
        : "Hashtags: the brand has listed none; leave the list empty.",
    );
  }
  return lines;
}
