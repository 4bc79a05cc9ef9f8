import type { Omission } from "@/lib/assets/schemas/omission";
import { foldForMatching } from "@/lib/assets/validate/term-match";

/** Omissions from several places (the brief check, the writer, a hosted model) without repeats, first reason kept. */
export function mergeOmissions(...lists: readonly (readonly Omission[] | null | undefined)[]): Omission[] {
  const seen = new Set<string>();
  const merged: Omission[] = [];
  for (const omission of lists.flatMap((list) => list ?? [])) {
    const item = omission.item.trim();
    const key = foldForMatching(item).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (item === "" || seen.has(key)) continue;
    seen.add(key);
    merged.push({ item, reason: omission.reason.trim() });
  }
  return merged;
}
