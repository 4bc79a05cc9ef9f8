import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { NOTIFICATION_KINDS, notificationSettings, type NotificationKind } from "@/lib/db/schema/notifications";
import type { Database } from "@/lib/db/types";

export type NotificationPreferences = { emailImmediately: boolean; emailDailyDigest: boolean; mutedKinds: NotificationKind[] };

/** No row means the defaults: every kind in the app, no mail. */
export const DEFAULT_PREFERENCES: NotificationPreferences = { emailImmediately: false, emailDailyDigest: false, mutedKinds: [] };

export async function getNotificationPreferences(db: Database, options: { workspaceId: string; userId: string }): Promise<NotificationPreferences> {
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(and(eq(notificationSettings.workspaceId, options.workspaceId), eq(notificationSettings.userId, options.userId)));
  return row ? { emailImmediately: row.emailImmediately, emailDailyDigest: row.emailDailyDigest, mutedKinds: row.mutedKinds } : DEFAULT_PREFERENCES;
}

/** Preferences of several members at once (one query for a notification's recipients). */
export async function loadPreferencesOf(db: Database, options: { workspaceId: string; userIds: string[] }): Promise<Map<string, NotificationPreferences>> {
  const found = new Map<string, NotificationPreferences>();
  if (options.userIds.length === 0) return found;
  const rows = await db
    .select()
    .from(notificationSettings)
    .where(and(eq(notificationSettings.workspaceId, options.workspaceId), inArray(notificationSettings.userId, options.userIds)));
  for (const row of rows) found.set(row.userId, { emailImmediately: row.emailImmediately, emailDailyDigest: row.emailDailyDigest, mutedKinds: row.mutedKinds });
  return found;
}

export async function saveNotificationPreferences(db: Database, options: { workspaceId: string; userId: string } & NotificationPreferences): Promise<NotificationPreferences> {
  // Only known kinds, once each: the column is read back as a filter.
  const mutedKinds = NOTIFICATION_KINDS.filter((kind) => options.mutedKinds.includes(kind));
  const values = { emailImmediately: options.emailImmediately, emailDailyDigest: options.emailDailyDigest, mutedKinds };
  await db
    .insert(notificationSettings)
    .values({ workspaceId: options.workspaceId, userId: options.userId, ...values })
    .onConflictDoUpdate({ target: [notificationSettings.workspaceId, notificationSettings.userId], set: { ...values, updatedAt: new Date() } });
  return values;
}
