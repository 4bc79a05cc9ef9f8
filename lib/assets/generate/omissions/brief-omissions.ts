import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { Omission } from "@/lib/assets/schemas/omission";
import { containsTerm, foldForMatching } from "@/lib/assets/validate/term-match";
import { readBriefOffer, statesCode, statesDate, statesValue } from "./brief-offer";

const LANGUAGE_NAMES = { de: "German", en: "English" } as const;

/** The words of the brief a marketer typed as wishes: what the asset should say. */
function askedText(brief: Pick<PromptBrief, "goal" | "topic" | "keywords">): string {
  return [brief.goal, brief.topic, ...brief.keywords].join("\n");
}

const MIN_SPREAD_TERM_WORDS = 3;
const MAX_INSERTED_WORDS = 2;

function words(text: string): string[] {
  return foldForMatching(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * A banned claim of three or more words asked for with a word or two inserted: "best front light
 * on the market" is the claim "best on the market" about one product. Words in order, within one
 * line, at most two extra words in all; shorter terms must match as they are.
 */
export function asksForSpreadTerm(asked: string, term: string): boolean {
  const wanted = words(term);
  if (wanted.length < MIN_SPREAD_TERM_WORDS) return false;
  return asked.split(/\n|[.!?;]\s/).some((line) => {
    const have = words(line);
    return have.some((word, start) => {
      if (word !== wanted[0]) return false;
      let position = start;
      let inserted = 0;
      for (const next of wanted.slice(1)) {
        let found = position + 1;
        while (found < have.length && have[found] !== next && inserted + (found - position - 1) <= MAX_INSERTED_WORDS) found++;
        if (found >= have.length || have[found] !== next) return false;
        inserted += found - position - 1;
        if (inserted > MAX_INSERTED_WORDS) return false;
        position = found;
      }
      return true;
    });
  });
}

/** A banned term or claim the brief asks for (as it is, or spread by a word or two): the asset leaves it out, and says so. */
export function bannedAskOmissions(brief: Pick<PromptBrief, "goal" | "topic" | "keywords" | "brandRules">): Omission[] {
  const asked = askedText(brief);
  return brief.brandRules.bannedTerms
    .filter((banned) => banned.term.trim() !== "" && (containsTerm(asked, banned.term) || asksForSpreadTerm(asked, banned.term)))
    .map((banned) => ({
      item: `"${banned.term.trim()}"`,
      reason: `The brand rules ban "${banned.term.trim()}"${banned.reason ? ` (${banned.reason.trim().replace(/\.$/, "")})` : ""}, so the asset does not say it.`,
    }));
}

/**
 * The offer the goal names, part by part, where no quoted source states it: a code no campaign
 * source names, a value or end date the sources do not give. The value and date are looked for in
 * the sources that state the code, when there is one: another offer's "15 %" is not this one's.
 */
export function offerOmissions(goal: string, sourceTexts: readonly string[]): Omission[] {
  const offer = readBriefOffer(goal);
  const omissions: Omission[] = [];
  let offerSources = sourceTexts;
  if (offer.code) {
    const naming = sourceTexts.filter((text) => statesCode(text, offer.code!));
    if (naming.length === 0) omissions.push({ item: `Discount code ${offer.code}`, reason: `No source names the code ${offer.code}; a code that may not exist at checkout is left out.` });
    else offerSources = naming;
  }
  if (offer.value && !offerSources.some((text) => statesValue(text, offer.value!))) {
    omissions.push({ item: `Discount of ${offer.value}`, reason: `No source states a discount of ${offer.value}${offer.code ? ` for ${offer.code}` : ""}; the value is left out.` });
  }
  if (offer.endDate && !offerSources.some((text) => statesDate(text, offer.endDate!) !== null)) {
    omissions.push({ item: `End date ${offer.endDate.text}`, reason: `No source states the offer's end date ${offer.endDate.text}; it is left out.` });
  }
  return omissions;
}

/** Copy in the brief's language could not be written for `field` from sources in that language. */
export function missingLanguageOmission(language: "de" | "en", field: string): Omission {
  const name = LANGUAGE_NAMES[language];
  return { item: `${field} in ${name}`, reason: `No ${name} source covers this; the local writer does not write ${name} copy from sources in another language.` };
}

/**
 * What any writer must leave out of this brief, known before writing: banned claims it asks for
 * and the parts of its offer no source states. Writers add their own (a language with no sources).
 */
export function briefOmissions(brief: Pick<PromptBrief, "goal" | "topic" | "keywords" | "brandRules">, sourceTexts: readonly string[]): Omission[] {
  return [...bannedAskOmissions(brief), ...offerOmissions(brief.goal, sourceTexts)];
}
