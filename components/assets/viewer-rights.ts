import { roleHasPermission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";
import { WORKFLOW, type AssetState, type ReviewAction } from "@/lib/review/workflow";

/**
 * Why something is unavailable, as a message key under `assets.rights` (rendered in the viewer's language by
 * `useRightsReasonText`); `role` names the viewer's role where the sentence needs it.
 */
export type RightsReason =
  | { key: "archived" | "notOwn" | "inReview" | "olderVersion" | "submitted" | "noLongerWaiting" | "cannotEdit" }
  | { key: "fourEyesRequestChanges" | "fourEyesApprove" | "fourEyesNote"; relation: "created" | "lastEdited" }
  | { key: "cannotPublish"; role: Role };

export type ViewerRights = {
  /** Fields can be edited inline (the current version, a state and role that allow it). */
  canEdit: boolean;
  /** Why the fields are read-only, when the viewer could otherwise edit. */
  readOnlyReason: RightsReason | null;
  /** Saving an approved or published asset starts a new draft that needs review again. */
  editStartsNewDraft: boolean;
  canRestore: boolean;
  /** Comment and resolve comments: authors and reviewers (asset:edit), not readers. */
  canComment: boolean;
  /** The workflow buttons to show, in workflow order. */
  actions: ReviewAction[];
  /** Four eyes, said before anyone clicks: the viewer wrote or last edited the asset. */
  fourEyesNote: RightsReason | null;
  /**
   * Actions shown but disabled, each with the sentence saying why (four eyes, state, role), so
   * nobody clicks a button the server would refuse. In workflow order, after `actions`.
   */
  unavailable: { action: ReviewAction; reason: RightsReason }[];
};

const ACTION_ORDER: readonly ReviewAction[] = ["submit", "request_changes", "approve", "publish", "archive"];

/**
 * What the asset page offers this viewer. It mirrors the server's rules (permissions table,
 * workflow.ts, edit-asset.ts) only to decide what to show: every action is checked again on
 * the server, whose refusal is what the person then sees.
 * Ownership follows the domain: people who cannot review (marketers) work on their own assets
 * and not while an editor has them in review.
 */
export function viewerRights(input: {
  role: Role;
  userId: string;
  state: AssetState;
  createdBy: string;
  lastEditedBy: string | null;
  isCurrentVersion: boolean;
}): ViewerRights {
  const can = (permission: Parameters<typeof roleHasPermission>[1]) => roleHasPermission(input.role, permission);
  const isReviewer = can("asset:review");
  const isOwn = input.createdBy === input.userId;
  const mayChange = can("asset:edit") && input.state !== "archived" && (isReviewer || (isOwn && input.state !== "in_review"));

  let readOnlyReason: RightsReason | null = null;
  if (can("asset:edit")) {
    if (input.state === "archived") readOnlyReason = { key: "archived" };
    else if (!isReviewer && !isOwn) readOnlyReason = { key: "notOwn" };
    else if (!isReviewer && input.state === "in_review") readOnlyReason = { key: "inReview" };
    else if (!input.isCurrentVersion) readOnlyReason = { key: "olderVersion" };
  }

  const offered = ACTION_ORDER.filter((action) => {
    const rule = WORKFLOW[action];
    if (!can(rule.permission) || !rule.from.includes(input.state)) return false;
    return action !== "submit" || isOwn || isReviewer;
  });
  const decides = offered.includes("approve") || offered.includes("request_changes");
  const relation = input.createdBy === input.userId ? "created" : input.lastEditedBy === input.userId ? "lastEdited" : null;
  const unavailable = unavailableActions({ ...input, offered, relation: decides ? relation : null, isOwn, isReviewer, can });
  const actions = offered.filter((action) => !unavailable.some((entry) => entry.action === action));

  return {
    canEdit: mayChange && input.isCurrentVersion,
    canComment: can("asset:edit"),
    readOnlyReason,
    editStartsNewDraft: input.state === "approved" || input.state === "published",
    canRestore: mayChange,
    actions,
    unavailable,
    fourEyesNote: decides && relation ? { key: "fourEyesNote", relation } : null,
  };
}

/** The reasons behind each disabled workflow button; an action not listed is either offered or not relevant to this viewer. */
function unavailableActions(input: {
  role: Role;
  state: AssetState;
  offered: ReviewAction[];
  relation: "created" | "lastEdited" | null;
  isOwn: boolean;
  isReviewer: boolean;
  can(permission: Parameters<typeof roleHasPermission>[1]): boolean;
}): { action: ReviewAction; reason: RightsReason }[] {
  const reasons: { action: ReviewAction; reason: RightsReason }[] = [];
  const relation = input.relation;
  if (relation) {
    // Four eyes (workflow.ts): the server refuses these to the author and the last editor.
    if (input.offered.includes("request_changes")) reasons.push({ action: "request_changes", reason: { key: "fourEyesRequestChanges", relation } });
    if (input.offered.includes("approve")) reasons.push({ action: "approve", reason: { key: "fourEyesApprove", relation } });
  }
  // A marketer's own asset in review: it is out of their hands until an editor decides.
  if (input.state === "in_review" && input.isOwn && !input.isReviewer && input.can("asset:submit")) {
    reasons.push({ action: "submit", reason: { key: "submitted" } });
  }
  // A reviewer who may approve but not publish sees where the work goes next.
  if (input.state === "approved" && input.isReviewer && !input.can("asset:publish")) {
    reasons.push({ action: "publish", reason: { key: "cannotPublish", role: input.role } });
  }
  return reasons.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action));
}
