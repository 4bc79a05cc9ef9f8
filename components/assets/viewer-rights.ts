import { roleHasPermission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";
import { WORKFLOW, type AssetState, type ReviewAction } from "@/lib/review/workflow";

export type ViewerRights = {
  /** Fields can be edited inline (the current version, a state and role that allow it). */
  canEdit: boolean;
  /** Why the fields are read-only, when the viewer could otherwise edit. */
  readOnlyReason: string | null;
  /** Saving an approved or published asset starts a new draft that needs review again. */
  editStartsNewDraft: boolean;
  canRestore: boolean;
  /** Comment and resolve comments: authors and reviewers (asset:edit), not readers. */
  canComment: boolean;
  /** The workflow buttons to show, in workflow order. */
  actions: ReviewAction[];
  /** Four eyes, said before anyone clicks: the viewer wrote or last edited the asset. */
  fourEyesNote: string | null;
  /**
   * Actions shown but disabled, each with the sentence saying why (four eyes, state, role), so
   * nobody clicks a button the server would refuse. In workflow order, after `actions`.
   */
  unavailable: { action: ReviewAction; reason: string }[];
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

  let readOnlyReason: string | null = null;
  if (can("asset:edit")) {
    if (input.state === "archived") readOnlyReason = "This asset is archived; it can no longer be edited.";
    else if (!isReviewer && !isOwn) readOnlyReason = "You can edit only assets you created.";
    else if (!isReviewer && input.state === "in_review") readOnlyReason = "The asset is in review; an editor can change it now or send it back to you.";
    else if (!input.isCurrentVersion) readOnlyReason = "This is an older version. Open the current version to edit, or restore this one as a new version.";
  }

  const offered = ACTION_ORDER.filter((action) => {
    const rule = WORKFLOW[action];
    if (!can(rule.permission) || !rule.from.includes(input.state)) return false;
    return action !== "submit" || isOwn || isReviewer;
  });
  const decides = offered.includes("approve") || offered.includes("request_changes");
  const relation = input.createdBy === input.userId ? "created" : input.lastEditedBy === input.userId ? "last edited" : null;
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
    fourEyesNote: decides && relation ? `Four eyes: you ${relation} this asset, so another editor must approve it or request changes.` : null,
  };
}

const ROLE_NAMES: Record<Role, string> = { admin: "Admins", editor: "Editors", marketer: "Marketers", manager: "Managers" };

/** The reasons behind each disabled workflow button; an action not listed is either offered or not relevant to this viewer. */
function unavailableActions(input: {
  role: Role;
  state: AssetState;
  offered: ReviewAction[];
  relation: "created" | "last edited" | null;
  isOwn: boolean;
  isReviewer: boolean;
  can(permission: Parameters<typeof roleHasPermission>[1]): boolean;
}): { action: ReviewAction; reason: string }[] {
  const reasons: { action: ReviewAction; reason: string }[] = [];
  if (input.relation) {
    // Four eyes (workflow.ts): the server refuses these to the author and the last editor.
    const who = input.relation === "created" ? "You created this asset" : "You edited this version";
    if (input.offered.includes("request_changes")) reasons.push({ action: "request_changes", reason: `${who} — another editor must request changes.` });
    if (input.offered.includes("approve")) reasons.push({ action: "approve", reason: `${who} — another editor must approve.` });
  }
  // A marketer's own asset in review: it is out of their hands until an editor decides.
  if (input.state === "in_review" && input.isOwn && !input.isReviewer && input.can("asset:submit")) {
    reasons.push({ action: "submit", reason: "Submitted: it is in review, and an editor decides next." });
  }
  // A reviewer who may approve but not publish sees where the work goes next.
  if (input.state === "approved" && input.isReviewer && !input.can("asset:publish")) {
    reasons.push({ action: "publish", reason: `${ROLE_NAMES[input.role]} cannot publish: someone with the publish permission (an admin) publishes approved assets.` });
  }
  return reasons.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action));
}
