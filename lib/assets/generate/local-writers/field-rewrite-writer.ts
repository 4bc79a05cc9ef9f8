import { z } from "zod";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { tokenizeForSearch } from "@/lib/rag/text/tokenize";
import { isMerchantSafe, merchantAllowedCaps } from "@/lib/assets/validate/merchant-policy";
import { buildFactBase } from "./fact-base";
import { piece, EMPTY_TEXT } from "./cited-piece";
import { capitalizeFirst } from "./fit-text";

/** What the rewrite prompt's brief adds to the asset brief: the field and its current text. */
export const FieldRewriteSchema = z.object({ path: z.string(), label: z.string(), currentText: z.string(), max: z.number().int().positive().nullable() });

/**
 * "Regenerate this field" for the local extractive model: another source-backed sentence or
 * attribute on the same subject as the current text (most shared terms first), passed through
 * the same copy gate as a generated field (brand rules, limit, grounding). Never the same text
 * again; with no alternative in the sources it returns an empty text, which the caller reports.
 */
export function writeFieldRewrite(input: ExtractiveInput): CitedText {
  const brief = input.brief as { kind?: unknown; field?: unknown } | null;
  const field = FieldRewriteSchema.parse(brief?.field);
  const facts = buildFactBase(input, brief?.kind as Parameters<typeof buildFactBase>[1]);
  const current = field.currentText.trim().toLowerCase();
  const currentTerms = new Set(tokenizeForSearch(field.currentText, facts.language));
  const candidates = [
    ...facts.sentences.map((s, rank) => ({ piece: piece(s.text, [s.sourceId]), rank })),
    ...facts.attributes.map((a, i) => ({ piece: piece(capitalizeFirst(facts.phrases.attributeInline(a.key, a.value)), a.citations), rank: facts.sentences.length + i })),
  ];
  const overlap = (text: string) => tokenizeForSearch(text, facts.language).filter((t) => currentTerms.has(t)).length;
  const ordered = candidates.sort((a, b) => overlap(b.piece.text) - overlap(a.piece.text) || a.rank - b.rank);
  // Product feed copy takes no promotional or shouted text (Merchant Center disapproves it), whatever the source says.
  const allowedCaps = merchantAllowedCaps([facts.brief.brandName, facts.brief.product?.title ?? ""]);
  const fitsChannel = (text: string) => facts.brief.kind !== "merchant-feed" || isMerchantSafe(text, allowedCaps);
  for (const candidate of ordered) {
    const finished = facts.finish(candidate.piece, field.max === null ? {} : { max: field.max, cut: true });
    if (finished && finished.text.trim().toLowerCase() !== current && fitsChannel(finished.text)) return finished;
  }
  return EMPTY_TEXT;
}
