import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { InstagramPost, LinkedInPost, SocialPost, SocialPostKind, XPost } from "@/lib/assets/schemas/social-post";
import { SOCIAL_POST_LIMITS, socialPostLength } from "@/lib/assets/validate/social-post";
import { PARAGRAPH_BREAK as PARAGRAPH } from "@/lib/assets/social/compose-post";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { firstUsable } from "./choose";
import { EMPTY_TEXT, mergeCitations, piece } from "./cited-piece";
import { buildFactBase, type FactBase } from "./fact-base";
import { leadText } from "./lead-text";
import { normalizedUtm } from "./normalized-utm";
import { shortClauses } from "./product-copy";
import { settleDisclaimers } from "./settle-disclaimers";
import { pickHashtags } from "./social-hashtags";
import { subjectWithin } from "./subject-copy";

/**
 * What differs between the networks; the writing is the same. `openingMax`: the opening line
 * (what the feed shows before "see more"); `bodyMax`/`bodySentences`: the paragraph after it, a
 * readable post rather than the network's maximum; `hashtags`: how many of the brand's the
 * network's users expect. X has no "see more" but 280 weighted characters for everything, so its
 * body gets what the opening, link and hashtags leave (fitX).
 */
type NetworkSettings = { openingMax: number; bodyMax: number; bodySentences: number; hashtags: number; sentencesPerParagraph: number | null };

const SETTINGS: Record<SocialPostKind, NetworkSettings> = {
  "linkedin-post": { openingMax: 120, bodyMax: 600, bodySentences: 4, hashtags: 3, sentencesPerParagraph: 2 },
  "instagram-post": { openingMax: 100, bodyMax: 450, bodySentences: 3, hashtags: 5, sentencesPerParagraph: 2 },
  "x-post": { openingMax: 90, bodyMax: 200, bodySentences: 2, hashtags: 2, sentencesPerParagraph: null },
};

// The end of a sentence: a full stop after two letters or digits, then a capital. A missed break
// ("Größe S. Die …") only makes a paragraph longer; "z. B. Die" must never become two.
const SENTENCE_END = /(?<=[\p{L}\p{N}%)“”"]{2}[.!?])\s+(?=\p{Lu})/gu;

/** Feed posts read in short paragraphs: a blank line after every `every` sentences of the body. */
function inParagraphs(body: CitedText, every: number | null): CitedText {
  if (every === null) return body;
  let count = 0;
  const text = body.text.replace(SENTENCE_END, (space) => (++count % every === 0 ? PARAGRAPH : space));
  return { ...body, text };
}


/**
 * "Fjell 3L Hardshell Jacket by Nordlicht from €349": the product, its maker and price, shortened
 * to fit; for a topic its name (a topic is not made "by" the brand) or a short clause.
 */
function opening(facts: FactBase, max: number): CitedText {
  const { subject, price, phrases, brand } = facts;
  const isProduct = facts.brief.product !== null;
  const byBrand = (text: string) => (isProduct && brand !== "" && !containsTerm(text, brand) ? phrases.byBrand(text, brand) : text);
  const candidates = [
    subject && price ? piece(phrases.priceFrom(byBrand(subject.text), price.text), mergeCitations(subject.citations, price.citations)) : null,
    price ? subjectWithin(facts, max, (text) => phrases.priceFrom(text, price.text), price.citations) : null,
    subject ? piece(byBrand(subject.text), subject.citations) : null,
    subjectWithin(facts, max, (text) => text),
    ...shortClauses(facts, max, 3),
  ];
  const finished = candidates.map((candidate) => (candidate ? facts.finish(candidate, { max }) : null));
  return firstUsable(finished.map((text) => (text && !isSentenceFragment(text.text, facts.language) ? text : null))) ?? EMPTY_TEXT;
}

/** Opening and body as paragraphs of one cited text (the copy gate would join them into one line). */
function paragraphs(first: CitedText, second: CitedText): CitedText {
  const parts = [first, second].filter((part) => part.text.trim() !== "");
  return { text: parts.map((part) => part.text).join(PARAGRAPH), citations: mergeCitations(...parts.map((part) => part.citations)) };
}

function compose(facts: FactBase, kind: SocialPostKind, bodyMax: number): { text: CitedText; hashtags: string[] } {
  const settings = SETTINGS[kind];
  const head = opening(facts, settings.openingMax);
  // The body holds the disclaimers the whole post needs, so it is written knowing the opening.
  const body = inParagraphs(leadText(facts, bodyMax, settings.bodySentences, head.text), settings.sentencesPerParagraph);
  const text = paragraphs(head, body);
  return { text, hashtags: pickHashtags(facts.brief, settings.hashtags) };
}

function assemble(facts: FactBase, kind: SocialPostKind, text: CitedText, hashtags: string[]): SocialPost {
  const base = { language: facts.language, text, hashtags };
  const link = { finalUrl: facts.brief.finalUrl, utm: normalizedUtm(facts.brief.utm) };
  switch (kind) {
    case "linkedin-post":
      return { kind, ...base, link } satisfies LinkedInPost;
    case "instagram-post":
      return { kind, ...base } satisfies InstagramPost;
    case "x-post":
      return { kind, ...base, link } satisfies XPost;
  }
}

// Below this the body is too short to say anything; hashtags then give way to it.
const MIN_X_BODY = 60;

/**
 * X counts the link as 23 and "€" or an emoji as 2, so the body's room is found by counting the
 * composed post as X does and shrinking the body by what is over. Hashtags keep their room while
 * the body can still hold a sentence; after that they go one by one.
 */
function fitX(facts: FactBase): SocialPost {
  const limit = SOCIAL_POST_LIMITS["x-post"].maxLength;
  let bodyMax = SETTINGS["x-post"].bodyMax;
  let last: { text: CitedText; hashtags: string[] } = { text: EMPTY_TEXT, hashtags: [] };
  for (let attempt = 0; attempt < 6 && bodyMax >= MIN_X_BODY; attempt++) {
    last = compose(facts, "x-post", bodyMax);
    const post = assemble(facts, "x-post", last.text, last.hashtags);
    const over = socialPostLength(post) - limit;
    if (over <= 0) return post;
    bodyMax -= over;
  }
  for (let count = last.hashtags.length; count >= 0; count--) {
    const post = assemble(facts, "x-post", last.text, last.hashtags.slice(0, count));
    if (socialPostLength(post) <= limit || count === 0) return post;
  }
  return assemble(facts, "x-post", last.text, []);
}

function writeSocialPost(input: ExtractiveInput, kind: SocialPostKind): WithOmissions<SocialPost> {
  const facts = buildFactBase(input, kind);
  let post: SocialPost;
  if (!facts.hasFacts) post = assemble(facts, kind, EMPTY_TEXT, []);
  else if (kind === "x-post") post = fitX(facts);
  else {
    const { text, hashtags } = compose(facts, kind, SETTINGS[kind].bodyMax);
    post = assemble(facts, kind, text, hashtags);
  }
  return settleDisclaimers({ ...post, omissions: facts.omissions }, facts.policy);
}

/** An organic LinkedIn post from the quoted sources only: opening line, a paragraph of the best sentences, link and the brand's matching hashtags. */
export function writeLinkedInPost(input: ExtractiveInput): WithOmissions<LinkedInPost> {
  return writeSocialPost(input, "linkedin-post") as WithOmissions<LinkedInPost>;
}

/** An Instagram caption: like the LinkedIn post without a link (captions cannot link), up to five hashtags. */
export function writeInstagramPost(input: ExtractiveInput): WithOmissions<InstagramPost> {
  return writeSocialPost(input, "instagram-post") as WithOmissions<InstagramPost>;
}

/** A post on X within 280 characters as X counts them, link and hashtags included. */
export function writeXPost(input: ExtractiveInput): WithOmissions<XPost> {
  return writeSocialPost(input, "x-post") as WithOmissions<XPost>;
}
