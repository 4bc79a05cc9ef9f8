import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { extractNumbers } from "@/lib/assets/validate/numbers";
import { normalizeUrlForComparison } from "@/lib/assets/validate/url";
import { tokenizeForSearch } from "@/lib/rag/text/tokenize";
import type { FactBase } from "./fact-base";
import { fitWords, normalizeSpaces } from "./fit-text";
import { briefTerms } from "./rank-sentences";

type Link = SeoPage["internalLinks"][number];

const MAX_LINKS = 5;
const ANCHOR_MAX_CHARS = 60;
const ANCHOR_MAX_WORDS = 6;

/**
 * Links only to the brief's known URLs (never to this page itself), best first: pages whose
 * content was retrieved for this brief (they are demonstrably related, and their chunks are
 * cited), then pages whose title shares terms with the brief. The anchor is the page's own
 * title, shortened to six words, so it describes the target without inventing anything; an anchor
 * stating a number cites the linked page's chunk, or the page is not linked.
 */
export function seoInternalLinks(facts: FactBase): Link[] {
  if (!facts.hasFacts) return [];
  const own = new Set([facts.brief.finalUrl, facts.product?.url ?? "", facts.brief.product?.url ?? ""].filter(Boolean).map(normalizeUrlForComparison));
  const terms = briefTerms(facts.brief);
  const seen = new Set<string>();
  const candidates: { link: Link; score: number; order: number }[] = [];
  facts.brief.knownUrls.forEach((known, order) => {
    const normalized = normalizeUrlForComparison(known.url);
    if (own.has(normalized) || seen.has(normalized)) return;
    // A German page links German pages: another language's title would also be rewritten by this language's preferred terms.
    if (known.language && known.language !== facts.language) return;
    const title = normalizeSpaces(facts.policy.polish(known.title));
    if (title === "" || !facts.policy.allows(title)) return;
    const anchor = fitWords(title.split(" ").slice(0, ANCHOR_MAX_WORDS).join(" "), ANCHOR_MAX_CHARS, facts.language);
    if (anchor === "") return;
    const citations = facts.sources.filter((source) => source.url !== null && normalizeUrlForComparison(source.url) === normalized).map((source) => source.id);
    // A number in a link text ("Ausdauer 500 battery") is a claim like any other: it needs the
    // linked page's own chunk as its citation. A page whose content was not retrieved for this
    // brief is linked only under a title without numbers, which names the page and claims nothing.
    if (citations.length === 0 && extractNumbers(anchor).length > 0) return;
    seen.add(normalized);
    const overlap = tokenizeForSearch(title, facts.language).filter((term) => terms[facts.language].has(term)).length;
    candidates.push({ link: { url: known.url, anchorText: anchor, citations }, score: (citations.length > 0 ? 10 : 0) + overlap, order });
  });
  return candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_LINKS)
    .map((candidate) => candidate.link);
}
