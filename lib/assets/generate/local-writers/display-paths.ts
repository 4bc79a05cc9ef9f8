import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import type { Language } from "@/lib/rag/text/tokenize";
import type { FactBase } from "./fact-base";
import { tidyCutEnd } from "./fit-text";
import { withoutBrandPrefix } from "./subject-copy";

/** Letters and digits of the leading words that fit in 15 characters, joined by hyphens, without a dangling "for". */
function pathSegment(text: string | null | undefined, language: Language): string | null {
  if (!text) return null;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if (visibleLength([...kept, word].join("-")) > RSA_LIMITS.pathMaxLength) break;
    kept.push(word);
  }
  const segment = tidyCutEnd(kept.join(" "), language).split(" ").join("-");
  return segment === "" ? null : segment;
}

/**
 * Display URL paths from the page's own words: the category (else the topic) and the product
 * name, e.g. nordlicht.example/Hardshell/Fjell-3L. Never a "/" (Google adds those), never more
 * than 15 characters, and path2 only after a path1.
 */
export function displayPaths(facts: FactBase): { path1: string | null; path2: string | null } {
  if (!facts.hasFacts) return { path1: null, path2: null };
  const allowed = (segment: string | null) => (segment !== null && facts.policy.allows(segment) ? segment : null);
  const first = allowed(pathSegment(facts.categoryLeaf?.text ?? (facts.product ? null : facts.subject?.text), facts.language));
  const second = allowed(pathSegment(facts.product && facts.subject ? withoutBrandPrefix(facts, facts.subject.text) : null, facts.language));
  if (first === null) return { path1: second, path2: null };
  return { path1: first, path2: second !== null && second.toLowerCase() !== first.toLowerCase() ? second : null };
}
