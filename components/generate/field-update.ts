import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { AssetDraft } from "./asset-draft";

/**
 * The draft with the cited text at `path` (`title`, `headlines[2]`, `faq[0].answer`) replaced,
 * keeping the field's other keys (a headline's pin). Unknown paths leave the draft unchanged.
 */
export function withFieldText(draft: AssetDraft, path: string, value: CitedText): AssetDraft {
  const copy = structuredClone(draft) as unknown as Record<string, unknown>;
  const parts = path.split(".").map((part) => /^([a-zA-Z]+)(?:\[(\d+)\])?$/.exec(part));
  if (parts.some((p) => p === null)) return draft;
  let parent: Record<string, unknown> | unknown[] = copy;
  for (const [i, match] of parts.entries()) {
    const key = match![1]!;
    const index = match![2] === undefined ? null : Number(match![2]);
    const isLast = i === parts.length - 1;
    const container = (parent as Record<string, unknown>)[key];
    if (index === null) {
      if (container === undefined || container === null || typeof container !== "object") return draft;
      if (isLast) (parent as Record<string, unknown>)[key] = { ...(container as object), ...value };
      else parent = container as Record<string, unknown>;
    } else {
      if (!Array.isArray(container) || index >= container.length) return draft;
      if (isLast) container[index] = { ...(container[index] as object), ...value };
      else parent = container[index] as Record<string, unknown>;
    }
  }
  return copy as unknown as AssetDraft;
}
