import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import type { Language } from "@/lib/rag/text/tokenize";
import type { BrandPolicy } from "./brand-policy";
import type { CitedPiece } from "./cited-piece";
import { fitWords, fits, normalizeSpaces } from "./fit-text";
import type { GroundingGate } from "./grounding-gate";

export type FinishOptions = {
  /** Visible-character limit of the field, suffix included. */
  max?: number;
  /** Cut at a word boundary when longer (else the candidate is rejected). */
  cut?: boolean;
  /** Put after a cut body ("…" in page copy; ads end without one). */
  cutMark?: string;
  /**
   * Appended word for word after the brand rules and the cut: a required disclaimer must appear
   * exactly as configured, so preferred-term replacement must not touch it.
   */
  suffix?: string;
};

/** Brand rules, limit and grounding applied to one candidate; null when it cannot be used. */
export type CopyGate = (candidate: CitedPiece, options?: FinishOptions) => CitedText | null;

/**
 * The one gate every piece of copy passes before it enters an asset, in the validators' order
 * of concern: preferred terms applied and no banned term, within the field's limit (cut only
 * where the caller allows it), every number backed by a cited chunk. Template-only copy (no
 * citations of its own) cites `fallbackCitations`, the best-matching source.
 */
export function createCopyGate(policy: BrandPolicy, ground: GroundingGate, language: Language, fallbackCitations: readonly string[]): CopyGate {
  return (candidate, options = {}) => {
    const polished = normalizeSpaces(policy.polish(candidate.text));
    const suffix = options.suffix ? normalizeSpaces(options.suffix) : "";
    if (!policy.allows(polished) || (polished === "" && suffix === "")) return null;
    let body = polished;
    if (options.max !== undefined) {
      const room = options.max - (suffix === "" ? 0 : visibleLength(suffix) + (body === "" ? 0 : 1));
      if (!fits(body, room)) {
        if (!options.cut) return null;
        const mark = options.cutMark ?? "";
        body = room > visibleLength(mark) ? fitWords(body, room - visibleLength(mark), language) : "";
        if (body === "") return null;
        // A cut that happens to end a sentence needs no mark.
        if (!/[.!?]$/u.test(body)) body += mark;
      }
    }
    // The suffix (a required disclaimer) is brand text, not a claim: only the body is grounded.
    const citations = ground(body, candidate.citations.length > 0 ? candidate.citations : fallbackCitations);
    if (citations === null || citations.length === 0) return null;
    return { text: [body, suffix].filter((part) => part !== "").join(" "), citations };
  };
}
