import type { AssetState } from "@/lib/review/workflow";

/*
 * States are always shown as words (never colour alone): `assets.states.<state>` in messages. The English maps are
 * re-exported for the campaign pages until they use messages too.
 */
export { LANGUAGE_LABELS, STATE_LABELS } from "@/lib/review/english-labels";

export const STATE_ORDER: readonly AssetState[] = ["draft", "in_review", "changes_requested", "approved", "published", "archived"];

export function isAssetState(value: unknown): value is AssetState {
  return typeof value === "string" && (STATE_ORDER as readonly string[]).includes(value);
}
