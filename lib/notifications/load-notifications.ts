import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notifications, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { describeNotification, type NotificationMessage } from "./describe-notification";
import { renderNotificationSentence } from "./render-notification";

const actors = alias(users, "actors");

/** A notification as shown and mailed: its sentence and workspace-relative link resolved. */
export type NotificationView = {
  id: string;
  kind: typeof notifications.$inferSelect.kind;
  /** The message key and values: the in-app list renders it in the member's language. */
  message: NotificationMessage;
  /** The English sentence, for mails (which have no UI language yet). */
  sentence: string;
  path: string;
  createdAt: Date;
  readAt: Date | null;
};

function toView(row: typeof notifications.$inferSelect & { actorName: string | null }): NotificationView {
  const { message, path } = describeNotification({ kind: row.kind, subjectType: row.subjectType, subjectId: row.subjectId, data: row.data, actorName: row.actorName });
  return { id: row.id, kind: row.kind, message, sentence: renderNotificationSentence(message, "en"), path, createdAt: row.createdAt, readAt: row.readAt };
}

const withActor = { row: notifications, actorName: actors.name };

/** The member's own notifications in one workspace, newest first; the where-clause is the tenant and recipient scope. */
export async function listNotifications(db: Database, options: { workspaceId: string; userId: string; limit?: number; unreadOnly?: boolean }): Promise<NotificationView[]> {
  const rows = await db
    .select(withActor)
    .from(notifications)
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(and(eq(notifications.workspaceId, options.workspaceId), eq(notifications.userId, options.userId), options.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit ?? 50);
  return rows.map(({ row, actorName }) => toView({ ...row, actorName }));
}

export async function countUnreadNotifications(db: Database, options: { workspaceId: string; userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.workspaceId, options.workspaceId), eq(notifications.userId, options.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** For mail: the rows by id with recipient address and workspace slug (ids come from createNotifications, not from a request). */
export async function loadNotificationsForMail(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...withActor, email: users.email, slug: workspaces.slug, workspaceName: workspaces.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(workspaces, eq(workspaces.id, notifications.workspaceId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(inArray(notifications.id, ids));
  return rows.map(({ row, actorName, email, slug, workspaceName }) => ({ ...toView({ ...row, actorName }), userId: row.userId, workspaceId: row.workspaceId, emailedAt: row.emailedAt, email, slug, workspaceName }));
}
