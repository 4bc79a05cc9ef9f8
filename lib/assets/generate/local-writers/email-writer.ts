import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { Email, EmailSection } from "@/lib/assets/schemas/email";
import { emailFooterFor } from "@/lib/assets/email/footer";
import { EMAIL_LIMITS } from "@/lib/assets/validate/email";
import { duplicateKey } from "@/lib/assets/validate/ad-text-lint";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { firstUsable } from "./choose";
import { EMPTY_TEXT, piece, type CitedPiece } from "./cited-piece";
import { emailSections, withoutListLabel } from "./email-sections";
import { buildFactBase, type FactBase } from "./fact-base";
import { chooseCallToAction } from "./meta-call-to-action";
import { normalizedUtm } from "./normalized-utm";
import { attributeSummary, offerSentence, sentencesWithOffer, shortClauses } from "./product-copy";
import { capitalizeFirst } from "./fit-text";
import { settleDisclaimers } from "./settle-disclaimers";
import { subjectWithin } from "./subject-copy";

/**
 * A topic too long for a subject often has two halves ("What our jackets are made of: recycled
 * materials in numbers"): either half whole reads better than the whole cut mid-phrase.
 */
function topicHalves(facts: FactBase, max: number): CitedPiece[] {
  const subject = facts.subject;
  if (!subject || facts.product || visibleLength(subject.text) <= max) return [];
  return subject.text
    .split(/:\s+|\s+[–—]\s+/u)
    .map((part) => part.trim())
    .filter((part) => part.split(" ").length >= 3 && visibleLength(part) <= max)
    .map((part) => piece(capitalizeFirst(part), subject.citations));
}

/** "Fjell 3L Hardshell Jacket: Code AUTUMN15", "… from €349", the name, else the best short clause; within 50 where possible. */
function subjectLine(facts: FactBase): CitedText {
  const max = EMAIL_LIMITS.subject.softMax;
  const { price, phrases, offer } = facts;
  const candidates = [
    offer?.short ? subjectWithin(facts, max, (s) => `${s}: ${offer.short!.text}`, offer.short.citations) : null,
    price ? subjectWithin(facts, max, (s) => phrases.priceFrom(s, price.text), price.citations) : null,
    ...topicHalves(facts, max),
    subjectWithin(facts, max, (s) => s),
    ...shortClauses(facts, max, 3),
  ];
  const finished = candidates.map((candidate) => (candidate ? facts.finish(withoutListLabel(candidate), { max }) : null));
  return firstUsable(finished.map((text) => (text && !isSentenceFragment(text.text, facts.language) ? text : null))) ?? EMPTY_TEXT;
}

/** The next fact after the subject: the offer or the best whole sentence within 90, else the facts in brief, else the best sentence cut. */
function preheaderLine(facts: FactBase, subject: string): CitedText {
  const max = EMAIL_LIMITS.preheader.softMax;
  const subjectKey = duplicateKey(subject);
  const whole = [...sentencesWithOffer(facts, max), attributeSummary(facts, max), offerSentence(facts)];
  for (const candidate of whole) {
    const finished = candidate ? facts.finish(candidate, { max }) : null;
    if (finished && duplicateKey(finished.text) !== subjectKey) return finished;
  }
  const best = facts.sentences[0];
  return (best ? facts.finish(piece(best.text, [best.sourceId]), { max, cut: true }) : null) ?? EMPTY_TEXT;
}

function callToActionLabel(facts: FactBase): string {
  const labels = facts.phrases.emailCta;
  const byIntent: Record<string, string> = {
    SUBSCRIBE: labels.subscribe,
    SIGN_UP: labels.signUp,
    DOWNLOAD: labels.download,
    BOOK_NOW: labels.book,
    CONTACT_US: labels.contact,
    GET_QUOTE: labels.contact,
    SHOP_NOW: labels.shop,
  };
  // The e-mail's goal reads like an ad's ("sell", "sign up", "download"): the same intents, e-mail's
  // wording. "Newsletter" or "e-mail" in it names the channel, not the click: the reader already subscribed.
  const goal = facts.brief.goal.replace(/\b(?:newsletter|e-?mail)\p{L}*/giu, " ");
  const label = facts.policy.polish(byIntent[chooseCallToAction(goal, facts.product !== null)] ?? labels.learn);
  return facts.policy.allows(label) ? label : labels.learn;
}

/** The disclaimers as the last section's closing paragraph: whole, word for word, where small print goes. */
function withDisclaimers(facts: FactBase, sections: EmailSection[], otherCopy: string): EmailSection[] {
  const copy = [otherCopy, ...sections.flatMap((entry) => [entry.heading.text, entry.body.text])].join("\n");
  const disclaimers = facts.policy.disclaimersFor(copy).join(" ");
  const last = sections[sections.length - 1];
  if (disclaimers === "" || !last) return sections;
  return [...sections.slice(0, -1), { ...last, body: { ...last.body, text: `${last.body.text}\n\n${disclaimers}` } }];
}

/**
 * A marketing e-mail from the quoted sources only: subject and preheader from the strongest facts,
 * two to four sections from the ranked sentences grouped by topic, a short button label by the
 * goal's intent, and the brand's footer word for word. No plain-text part: the export derives it.
 */
export function writeEmail(input: ExtractiveInput): WithOmissions<Email> {
  const extracted = buildFactBase(input, "email");
  // The topic as a subject line: "Herbst-Lichtaktion: Frontlichter für Pedelecs" without its label.
  const facts: FactBase = { ...extracted, subject: extracted.subject ? withoutListLabel(extracted.subject) : null };
  const base = { kind: "email" as const, language: facts.language, finalUrl: facts.brief.finalUrl, utm: normalizedUtm(facts.brief.utm), omissions: facts.omissions };
  // With nothing to say there is no e-mail to send: an empty one, which the validators reject.
  if (!facts.hasFacts) return { ...base, subject: EMPTY_TEXT, preheader: EMPTY_TEXT, sections: [], callToAction: "", footer: "" };
  const subject = subjectLine(facts);
  const preheader = preheaderLine(facts, subject.text);
  const sections = emailSections(facts, new Set([subject.text, preheader.text]));
  const callToAction = callToActionLabel(facts);
  const copy = [subject.text, preheader.text, ...sections.flatMap((entry) => [entry.heading.text, entry.body.text])].join("\n");
  return settleDisclaimers(
    {
      ...base,
      subject,
      preheader,
      sections: withDisclaimers(facts, sections, `${subject.text}\n${preheader.text}`),
      callToAction,
      footer: emailFooterFor({ rules: facts.brief.brandRules, language: facts.language, brandName: facts.brand, copy }),
    },
    facts.policy,
  );
}
