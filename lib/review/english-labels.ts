import type { AssetState } from "./workflow";

/**
 * English words for states and asset languages, kept only for pages not yet converted to messages (issue 20:
 * the campaign pages). Converted components render `assets.states.*` / `assets.languages.*` instead.
 */
export const STATE_LABELS: Record<AssetState, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  published: "Published",
  archived: "Archived",
};

export const LANGUAGE_LABELS: Record<"de" | "en", string> = { de: "German", en: "English" };
