import { diffWords } from "diff";
import type { Asset } from "@/lib/assets/schemas/asset";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";

export type DiffPart = { value: string; change: "added" | "removed" | "same" };
export type FieldDiff = { path: string; label: string; before: string; after: string; parts: DiffPart[] };

/**
 * Field-by-field differences between two versions, word level for text: only fields that changed,
 * in the order of the newer version (fields only in the older one at the end).
 */
export function diffAssetVersions(older: Asset, newer: Asset): FieldDiff[] {
  const before = new Map(visibleTextFields(older).map((f) => [f.path, f]));
  const after = visibleTextFields(newer);
  const paths = [...after.map((f) => f.path), ...[...before.keys()].filter((p) => !after.some((f) => f.path === p))];
  const diffs: FieldDiff[] = [];
  for (const path of paths) {
    const a = before.get(path);
    const b = after.find((f) => f.path === path);
    const beforeText = a?.text ?? "";
    const afterText = b?.text ?? "";
    if (beforeText === afterText) continue;
    diffs.push({
      path,
      label: b?.label ?? a?.label ?? path,
      before: beforeText,
      after: afterText,
      parts: diffWords(beforeText, afterText).map((part) => ({ value: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" })),
    });
  }
  return diffs;
}

/** One line per changed field, for a conflict message: `Headline 2: "old" → "new"`. */
export function summarizeChanges(diffs: FieldDiff[], limit = 3): string {
  const lines = diffs.slice(0, limit).map((d) => `${d.label}: “${d.before}” → “${d.after}”`);
  const more = diffs.length > limit ? ` and ${diffs.length - limit} more` : "";
  return lines.join("; ") + more;
}
