import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { memberships, notifications } from "@/lib/db/schema";
import type { NotificationKind } from "@/lib/db/schema/notifications";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { loadPreferencesOf } from "./settings";

export type NewNotification = {
  workspaceId: string;
  kind: NotificationKind;
  /** Candidates; the actor, non-members and members who muted the kind are left out. */
  recipientIds: string[];
  actorId: string | null;
  subjectType: "asset" | "kpi_import" | "budget";
  subjectId: string | null;
  data: Record<string, unknown>;
};

/**
 * Writes one row per recipient in the caller's transaction, so a notification exists exactly
 * when its event committed. Returns the new ids: the caller mails them after the commit
 * (mail-notifications.ts), never inside the transaction.
 */
export async function createNotifications(db: Database, event: NewNotification): Promise<string[]> {
  // Nobody is told about what they did themselves.
  const candidates = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId);
  if (candidates.length === 0) return [];
  // Someone removed from the workspace since (an asset's former author) hears nothing more from it.
  const members = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, event.workspaceId), inArray(memberships.userId, candidates)));
  const preferences = await loadPreferencesOf(db, { workspaceId: event.workspaceId, userIds: members.map((m) => m.userId) });
  const recipients = members.map((m) => m.userId).filter((userId) => !preferences.get(userId)?.mutedKinds.includes(event.kind));
  if (recipients.length === 0) return [];
  const rows = recipients.map((userId) => ({
    id: createId("notification"),
    workspaceId: event.workspaceId,
    userId,
    kind: event.kind,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    actorId: event.actorId,
    data: event.data,
  }));
  await db.insert(notifications).values(rows);
  return rows.map((row) => row.id);
}
