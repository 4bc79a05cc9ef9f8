import type { Permission } from "@/lib/authz/permissions";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
import type { ASSET_STATES } from "@/lib/db/schema/assets";

export type AssetState = (typeof ASSET_STATES)[number];
export type ReviewAction = "submit" | "request_changes" | "approve" | "publish" | "archive";

type Rule = {
  from: readonly AssetState[];
  to: AssetState;
  permission: Permission;
  /** Four eyes: the actor may not be the asset's author or the person who saved its current version. */
  fourEyes: boolean;
  commentRequired: boolean;
};

/**
 * The editorial state machine, as data: draft → in review → changes requested → in review →
 * approved → published → archived. Editing a published or approved asset is not a transition
 * here: it saves a new version and puts the asset back to draft (edit-asset.ts).
 */
export const WORKFLOW: Record<ReviewAction, Rule> = {
  submit: { from: ["draft", "changes_requested"], to: "in_review", permission: "asset:submit", fourEyes: false, commentRequired: false },
  request_changes: { from: ["in_review"], to: "changes_requested", permission: "asset:review", fourEyes: true, commentRequired: true },
  approve: { from: ["in_review"], to: "approved", permission: "asset:approve", fourEyes: true, commentRequired: false },
  publish: { from: ["approved"], to: "published", permission: "asset:publish", fourEyes: false, commentRequired: false },
  archive: { from: ["draft", "changes_requested", "approved", "published"], to: "archived", permission: "asset:publish", fourEyes: false, commentRequired: false },
};

/** A refusal says why twice: `reason` in English (logs, tests), `message` as a key for the reader's language. */
export type TransitionCheck = { allowed: true; to: AssetState } | { allowed: false; reason: string; message: ErrorMessage };

/**
 * Whether `actorId` may take `action` on an asset in `state`. Permissions are checked by the
 * entry point; this adds what depends on the asset: its state, four eyes, a required comment,
 * and validation errors needing an override reason to approve.
 */
export function checkTransition(input: {
  action: ReviewAction;
  state: AssetState;
  actorId: string;
  createdBy: string;
  lastEditedBy: string | null;
  comment: string | null;
  hasValidationErrors: boolean;
  /** Set when the version scores below the workspace's minimum to approve: the sentence naming score and failing rules. */
  complianceShortfall?: string | null;
  overrideReason: string | null;
}): TransitionCheck {
  const rule = WORKFLOW[input.action];
  if (!rule.from.includes(input.state)) {
    return refusal({ key: "review.transitionNotFromState", params: { state: input.state, action: input.action } });
  }
  if (rule.fourEyes && (input.actorId === input.createdBy || input.actorId === input.lastEditedBy)) {
    return refusal({ key: "review.fourEyes", params: { role: input.actorId === input.createdBy ? "created" : "lastEdited" } });
  }
  if (rule.commentRequired && !input.comment?.trim()) return refusal({ key: "review.commentRequired" });
  // One override reason covers both: the reviewer sees every reason the version needs one.
  if (input.action === "approve" && (input.hasValidationErrors || input.complianceShortfall) && !input.overrideReason?.trim()) {
    const problems = [input.hasValidationErrors ? "The current version fails validation." : null, input.complianceShortfall ?? null].filter(Boolean).join(" ");
    return refusal({ key: "review.overrideReasonRequired", params: { problems } });
  }
  return { allowed: true, to: rule.to };
}

function refusal(message: ErrorMessage): TransitionCheck {
  return { allowed: false, reason: renderEnglishErrorMessage(message.key, message.params ?? {}), message };
}
