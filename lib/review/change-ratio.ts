import { diffWords } from "diff";
import type { Asset } from "@/lib/assets/schemas/asset";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * How much editors changed the generated text before approving it: words added plus words
 * removed (word-level diff per field, fields matched by path), over the generated word count.
 * 0 = approved as generated; 1 = as many changed words as there were words.
 */
export function editorChangeRatio(generated: Asset, approved: Asset): number {
  const before = new Map(visibleTextFields(generated).map((f) => [f.path, f.text]));
  const after = new Map(visibleTextFields(approved).map((f) => [f.path, f.text]));
  let changed = 0;
  let total = 0;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(path) ?? "";
    const b = after.get(path) ?? "";
    total += wordCount(a);
    for (const part of diffWords(a, b)) if (part.added || part.removed) changed += wordCount(part.value);
  }
  return total === 0 ? 0 : Math.round((changed / total) * 1000) / 1000;
}
