import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import { META_LIMITS } from "@/lib/assets/validate/meta-ad";
import { duplicateKey } from "@/lib/assets/validate/ad-text-lint";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { firstUsable } from "./choose";
import { EMPTY_TEXT, piece } from "./cited-piece";
import { buildFactBase, type FactBase } from "./fact-base";
import { settleDisclaimers } from "./settle-disclaimers";
import { leadText } from "./lead-text";
import { chooseCallToAction } from "./meta-call-to-action";
import { normalizedUtm } from "./normalized-utm";
import { attributeLabel, shortClauses } from "./product-copy";
import { subjectWithin } from "./subject-copy";

const PRIMARY_SENTENCES = 2;

/** "Fjell 3L Hardshell Jacket from €349", else the name, else the best short clause. */
function headline(facts: FactBase): CitedText {
  const max = META_LIMITS.headline;
  const { price, phrases } = facts;
  const candidates = [
    price ? subjectWithin(facts, max, (s) => phrases.priceFrom(s, price.text), price.citations) : null,
    subjectWithin(facts, max, (s) => s),
    ...shortClauses(facts, max, 3),
  ];
  const finished = candidates.map((candidate) => (candidate ? facts.finish(candidate, { max }) : null));
  return firstUsable(finished.map((text) => (text && !isSentenceFragment(text.text, facts.language) ? text : null))) ?? EMPTY_TEXT;
}

/** A second fact for the small line: the price when the headline has none, an attribute, or a short clause. */
function description(facts: FactBase, headlineText: string): CitedText {
  const max = META_LIMITS.description;
  const { price, phrases } = facts;
  const candidates = [
    facts.offer?.short ?? null,
    price && !headlineText.includes(price.text) ? piece(phrases.fromPrice(price.text), price.citations) : null,
    ...facts.attributes.map((attribute) => attributeLabel(facts, attribute)),
    facts.categoryLeaf,
    ...shortClauses(facts, max, 3),
  ];
  const headlineKey = duplicateKey(headlineText);
  for (const candidate of candidates) {
    const finished = candidate ? facts.finish(candidate, { max }) : null;
    if (finished && duplicateKey(finished.text) !== headlineKey) return finished;
  }
  return EMPTY_TEXT;
}

/** Meta (Facebook/Instagram) link ad from the quoted sources only. */
export function writeMetaAd(input: ExtractiveInput): WithOmissions<MetaAd> {
  const facts = buildFactBase(input, "meta-ad");
  const title = facts.hasFacts ? headline(facts) : EMPTY_TEXT;
  const smallLine = facts.hasFacts ? description(facts, title.text) : EMPTY_TEXT;
  return settleDisclaimers({
    kind: "meta-ad",
    language: facts.language,
    // Written last: it holds the disclaimers, and it knows which ones the two short lines need.
    primaryText: leadText(facts, META_LIMITS.primaryText, PRIMARY_SENTENCES, `${title.text}\n${smallLine.text}`),
    headline: title,
    description: smallLine,
    callToAction: chooseCallToAction(facts.brief.goal, facts.product !== null),
    finalUrl: facts.brief.finalUrl,
    utm: normalizedUtm(facts.brief.utm),

    omissions: facts.omissions,
  }, facts.policy);
}
