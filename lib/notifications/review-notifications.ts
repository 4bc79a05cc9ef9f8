import "server-only";
import type { NotificationKind } from "@/lib/db/schema/notifications";
import type { Database } from "@/lib/db/types";
import { createNotifications } from "./create-notifications";
import { lastSubmitterOf, membersWithPermission } from "./recipients";

type ReviewEvent = "submit" | "request_changes" | "approve" | "publish";

const KIND_OF: Record<ReviewEvent, NotificationKind> = {
  submit: "submitted",
  request_changes: "changes_requested",
  approve: "approved",
  publish: "published",
};

export function isNotifiedReviewAction(action: string): action is ReviewEvent {
  return action in KIND_OF;
}

/** Long comments are cut: the message points to the asset, where the whole comment is. */
function excerpt(text: string | null | undefined, max = 280): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/**
 * Tells the people an editorial step concerns, in the transition's transaction: a submission
 * goes to everyone who may review it; a decision (changes requested, approved, published)
 * goes back to the asset's author and whoever submitted it. Returns the ids to mail after commit.
 */
export async function notifyReviewTransition(
  db: Database,
  event: { workspaceId: string; action: ReviewEvent; actorId: string; asset: { id: string; title: string; createdBy: string }; version: number; comment?: string | null },
): Promise<string[]> {
  const recipientIds =
    event.action === "submit"
      ? await membersWithPermission(db, { workspaceId: event.workspaceId, permission: "asset:review" })
      : [event.asset.createdBy, (await lastSubmitterOf(db, { workspaceId: event.workspaceId, assetId: event.asset.id })) ?? event.asset.createdBy];
  return createNotifications(db, {
    workspaceId: event.workspaceId,
    kind: KIND_OF[event.action],
    recipientIds,
    actorId: event.actorId,
    subjectType: "asset",
    subjectId: event.asset.id,
    data: { title: event.asset.title, version: event.version, comment: excerpt(event.comment) },
  });
}
