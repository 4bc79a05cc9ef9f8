import type { AssetState } from "@/lib/review/workflow";

/*
 * Words for states and history entries. States are always shown as words (never colour
 * alone), and these same words are the accessible names tests and screen readers see.
 */
export const STATE_LABELS: Record<AssetState, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  published: "Published",
  archived: "Archived",
};

export const STATE_ORDER: readonly AssetState[] = ["draft", "in_review", "changes_requested", "approved", "published", "archived"];

export const LANGUAGE_LABELS: Record<"de" | "en", string> = { de: "German", en: "English" };

/** History entries: the workflow's actions plus "edit" (a save that moved an approved asset back to draft). */
export const HISTORY_ACTION_LABELS: Record<string, string> = {
  submit: "submitted for review",
  request_changes: "requested changes",
  approve: "approved",
  publish: "published",
  archive: "archived",
  edit: "edited",
};

export function isAssetState(value: unknown): value is AssetState {
  return typeof value === "string" && Object.hasOwn(STATE_LABELS, value);
}
