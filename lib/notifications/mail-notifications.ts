import "server-only";
import { after } from "next/server";
import { and, inArray, isNull } from "drizzle-orm";
import { notifications } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { loadNotificationsForMail } from "./load-notifications";
import { loadPreferencesOf } from "./settings";

/**
 * Links in mail need the public address from configuration (NEXTAUTH_URL), never from a request's
 * Host header (host-header poisoning); without both settings nothing is mailed and the in-app
 * list is the only channel.
 */
export function notificationMailSettings(): { baseUrl: string } | null {
  return env.SMTP_URL && env.NEXTAUTH_URL ? { baseUrl: env.NEXTAUTH_URL.replace(/\/+$/, "") } : null;
}

/**
 * Mails each of these notifications to its recipient if they asked for immediate mail, and
 * marks it emailed so the daily digest does not repeat it. Call only after the transaction that
 * created them committed: a rolled-back event finds no rows and mails nothing.
 */
export async function mailNotificationsNow(db: Database, ids: string[]): Promise<number> {
  const settings = notificationMailSettings();
  if (!settings || ids.length === 0) return 0;
  const rows = (await loadNotificationsForMail(db, ids)).filter((row) => !row.emailedAt);
  let sent = 0;
  for (const row of rows) {
    const preferences = (await loadPreferencesOf(db, { workspaceId: row.workspaceId, userIds: [row.userId] })).get(row.userId);
    if (!preferences?.emailImmediately) continue;
    const link = `${settings.baseUrl}/${row.slug}${row.path}`;
    const delivered = await sendMail({
      to: row.email,
      subject: `[${row.workspaceName}] ${row.sentence.length > 90 ? `${row.sentence.slice(0, 89)}…` : row.sentence}`,
      text: `${row.sentence}\n\nOpen it: ${link}\n\nYou get this mail because immediate mail is on in your notification settings (My work → Notification settings).`,
    });
    if (!delivered) continue;
    await db.update(notifications).set({ emailedAt: new Date() }).where(and(inArray(notifications.id, [row.id]), isNull(notifications.emailedAt)));
    sent += 1;
  }
  return sent;
}

/**
 * From a server action: mail once the response is sent, which is after the action's transaction
 * committed. Outside a request (jobs, scripts) `after` is unavailable; jobs call
 * mailNotificationsNow themselves after their transaction, and the digest catches the rest.
 */
export function mailNotificationsAfterResponse(ids: string[]) {
  if (ids.length === 0 || !notificationMailSettings()) return;
  try {
    after(async () => {
      try {
        await mailNotificationsNow(await getDb(), ids);
      } catch (error) {
        console.error(`[notifications] mailing ${ids.length} notification(s) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  } catch {
    // Not in a request scope: nothing to defer to.
  }
}
