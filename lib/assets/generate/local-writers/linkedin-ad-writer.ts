import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import { LINKEDIN_LIMITS } from "@/lib/assets/validate/linkedin-ad";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { firstUsable } from "./choose";
import { EMPTY_TEXT, mergeCitations, piece } from "./cited-piece";
import { buildFactBase, type FactBase } from "./fact-base";
import { settleDisclaimers } from "./settle-disclaimers";
import { leadText } from "./lead-text";
import { normalizedUtm } from "./normalized-utm";
import { shortClauses } from "./product-copy";
import { subjectWithin } from "./subject-copy";

const INTRO_SENTENCES = 2;

/** "Fjell 3L Hardshell Jacket by Nordlicht from €349", dropping the offer, then the brand, when it does not fit. */
function headline(facts: FactBase): CitedText {
  const max = LINKEDIN_LIMITS.headline.softMax;
  const { subject, price, phrases, brand } = facts;
  const byBrand = (text: string) => (brand !== "" && !containsTerm(text, brand) ? phrases.byBrand(text, brand) : text);
  const candidates = [
    subject && price ? piece(phrases.priceFrom(byBrand(subject.text), price.text), mergeCitations(subject.citations, price.citations)) : null,
    subject ? piece(byBrand(subject.text), subject.citations) : null,
    subjectWithin(facts, max, (text) => text),
    ...shortClauses(facts, max, 3),
  ];
  const finished = candidates.map((candidate) => (candidate ? facts.finish(candidate, { max }) : null));
  return firstUsable(finished.map((text) => (text && !isSentenceFragment(text.text, facts.language) ? text : null))) ?? EMPTY_TEXT;
}

/** LinkedIn sponsored content (single image ad) from the quoted sources only. */
export function writeLinkedInAd(input: ExtractiveInput): WithOmissions<LinkedInAd> {
  const facts = buildFactBase(input, "linkedin-ad");
  const title = facts.hasFacts ? headline(facts) : EMPTY_TEXT;
  return settleDisclaimers({
    kind: "linkedin-ad",
    language: facts.language,
    // Written after the headline: it holds the disclaimers, and it knows which ones the headline needs.
    intro: leadText(facts, LINKEDIN_LIMITS.intro.softMax, INTRO_SENTENCES, title.text),
    headline: title,
    finalUrl: facts.brief.finalUrl,
    utm: normalizedUtm(facts.brief.utm),

    omissions: facts.omissions,
  }, facts.policy);
}
