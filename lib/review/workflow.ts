import type { Permission } from "@/lib/authz/permissions";
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

export type TransitionCheck = { allowed: true; to: AssetState } | { allowed: false; reason: string };

const STATE_LABELS: Record<AssetState, string> = {
  draft: "a draft",
  in_review: "in review",
  changes_requested: "waiting for changes",
  approved: "approved",
  published: "published",
  archived: "archived",
};

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
    return { allowed: false, reason: `The asset is ${STATE_LABELS[input.state]}; it cannot be ${ACTION_PAST[input.action]} now.` };
  }
  if (rule.fourEyes && (input.actorId === input.createdBy || input.actorId === input.lastEditedBy)) {
    return {
      allowed: false,
      reason: `Four eyes: you ${input.actorId === input.createdBy ? "created" : "last edited"} this asset, so another editor must review it.`,
    };
  }
  if (rule.commentRequired && !input.comment?.trim()) return { allowed: false, reason: "Say what should change: a comment is required." };
  // One override reason covers both: the reviewer sees every reason the version needs one.
  if (input.action === "approve" && (input.hasValidationErrors || input.complianceShortfall) && !input.overrideReason?.trim()) {
    const problems = [input.hasValidationErrors ? "The current version fails validation." : null, input.complianceShortfall ?? null].filter(Boolean).join(" ");
    return { allowed: false, reason: `${problems} Fix it, or record why it may go out anyway (override reason).` };
  }
  return { allowed: true, to: rule.to };
}

const ACTION_PAST: Record<ReviewAction, string> = {
  submit: "submitted for review",
  request_changes: "sent back for changes",
  approve: "approved",
  publish: "published",
  archive: "archived",
};
