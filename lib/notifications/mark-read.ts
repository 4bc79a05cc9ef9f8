import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/**
 * Marks the member's own notifications read. Ids of someone else's notifications (or another
 * workspace's) match nothing in the where-clause and are ignored, so nothing leaks or changes.
 */
export async function markNotificationsRead(db: Database, options: { workspaceId: string; userId: string; ids: string[] }): Promise<number> {
  if (options.ids.length === 0) return 0;
  const changed = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.workspaceId, options.workspaceId), eq(notifications.userId, options.userId), inArray(notifications.id, options.ids), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return changed.length;
}

export async function markAllNotificationsRead(db: Database, options: { workspaceId: string; userId: string }): Promise<number> {
  const changed = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.workspaceId, options.workspaceId), eq(notifications.userId, options.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return changed.length;
}
