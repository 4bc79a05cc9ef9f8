import { MAX_VARIANT } from "@/lib/assets/generate/brief";
import type { ResultEvent } from "./parse-event";

export type VariantDraft = { variant: number; result: ResultEvent };

/**
 * The variants of one asset kind on its result card: the one the card shows, and at most one other
 * written by "Another variant" that is shown next to it until the marketer keeps one of the two.
 * `highest` is the last variant asked for, so "Another variant" after keeping one asks for a new
 * wording instead of writing one already seen.
 */
export type VariantState = { current: VariantDraft; candidate: VariantDraft | null; highest: number };

export function initialVariants(result: ResultEvent): VariantState {
  return { current: { variant: 0, result }, candidate: null, highest: 0 };
}

/** The variant "Another variant" asks for next, or null when all of them were written. */
export function nextVariant(state: VariantState): number | null {
  return state.highest < MAX_VARIANT ? state.highest + 1 : null;
}

/** The server opened a draft the card already shows: the variant came out as the same wording. */
export function repeatsShownDraft(state: VariantState, result: ResultEvent): boolean {
  return result.assetId === state.current.result.assetId || result.assetId === state.candidate?.result.assetId;
}

export function addVariant(state: VariantState, variant: number, result: ResultEvent): VariantState {
  // The same wording again (the server opened an existing draft) is not a second choice.
  const candidate = result.assetId === state.current.result.assetId ? null : { variant, result };
  return { ...state, candidate, highest: Math.max(state.highest, variant) };
}

/**
 * Keeping one of two variants: the kept one becomes the card and the other one's draft is to be
 * archived (returned so the caller archives it before dropping it from the card).
 */
export function keepVariant(state: VariantState, keep: "current" | "candidate"): { state: VariantState; archiveAssetId: string | null } {
  if (!state.candidate) return { state, archiveAssetId: null };
  const kept = keep === "current" ? state.current : state.candidate;
  const other = keep === "current" ? state.candidate : state.current;
  return { state: { current: kept, candidate: null, highest: state.highest }, archiveAssetId: other.result.assetId };
}
