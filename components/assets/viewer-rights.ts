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

  const actions = ACTION_ORDER.filter((action) => {
    const rule = WORKFLOW[action];
    if (!can(rule.permission) || !rule.from.includes(input.state)) return false;
    return action !== "submit" || isOwn || isReviewer;
  });
  const decides = actions.includes("approve") || actions.includes("request_changes");
  const relation = input.createdBy === input.userId ? "created" : input.lastEditedBy === input.userId ? "last edited" : null;

  return {
    canEdit: mayChange && input.isCurrentVersion,
    canComment: can("asset:edit"),
    readOnlyReason,
    editStartsNewDraft: input.state === "approved" || input.state === "published",
    canRestore: mayChange,
    actions,
    fourEyesNote: decides && relation ? `Four eyes: you ${relation} this asset, so another editor must approve it or request changes.` : null,
  };
}
