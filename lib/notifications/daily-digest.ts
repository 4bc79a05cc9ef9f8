import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications, notificationSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { JobHandler } from "@/lib/jobs/worker";
import { NOTIFICATION_DIGEST_JOB_TYPE } from "@/lib/jobs/daily-jobs";
import { sendMail } from "@/lib/mail/send-mail";
import { loadNotificationsForMail } from "./load-notifications";
import { notificationMailSettings } from "./mail-notifications";

export { NOTIFICATION_DIGEST_JOB_TYPE };

/** Upper bound per run: a member back from holidays gets the newest, the rest stay in the app. */
const MAX_PER_MEMBER = 100;

type DigestRow = Awaited<ReturnType<typeof loadNotificationsForMail>>[number];

function digestText(rows: DigestRow[], baseUrl: string): string {
  const byWorkspace = new Map<string, DigestRow[]>();
  for (const row of rows) byWorkspace.set(row.workspaceName, [...(byWorkspace.get(row.workspaceName) ?? []), row]);
  const sections = [...byWorkspace].map(([name, items]) => [`${name}:`, ...items.map((item) => `- ${item.sentence}\n  ${baseUrl}/${item.slug}${item.path}`)].join("\n"));
  return `${sections.join("\n\n")}\n\nYou get this mail once a day because the daily digest is on in your notification settings (My work).`;
}

/**
 * One mail per member who chose the daily digest (in any workspace), listing their unread
 * notifications not mailed before; each listed notification is marked emailed, so the next
 * digest (or a retried job) does not repeat it. Without SMTP_URL and NEXTAUTH_URL nothing is sent.
 */
export async function sendDailyDigests(db: Database): Promise<{ members: number; notifications: number }> {
  const settings = notificationMailSettings();
  if (!settings) return { members: 0, notifications: 0 };
  const due = await db
    .select({ id: notifications.id, userId: notifications.userId })
    .from(notifications)
    .innerJoin(notificationSettings, and(eq(notificationSettings.workspaceId, notifications.workspaceId), eq(notificationSettings.userId, notifications.userId)))
    .where(and(eq(notificationSettings.emailDailyDigest, true), isNull(notifications.readAt), isNull(notifications.emailedAt)));
  const idsByMember = new Map<string, string[]>();
  for (const row of due) idsByMember.set(row.userId, [...(idsByMember.get(row.userId) ?? []), row.id]);

  let members = 0;
  let mailed = 0;
  for (const ids of idsByMember.values()) {
    const rows = (await loadNotificationsForMail(db, ids)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, MAX_PER_MEMBER);
    if (rows.length === 0) continue;
    const delivered = await sendMail({
      to: rows[0]!.email,
      subject: `Brandpilot: ${rows.length} unread notification${rows.length === 1 ? "" : "s"}`,
      text: digestText(rows, settings.baseUrl),
    });
    // Not marked when delivery failed: tomorrow's digest tries again.
    if (!delivered) continue;
    await db.update(notifications).set({ emailedAt: new Date() }).where(inArray(notifications.id, ids));
    members += 1;
    mailed += rows.length;
  }
  return { members, notifications: mailed };
}

export const notificationDigestJobHandler: JobHandler = {
  async run({ db }) {
    await sendDailyDigests(db);
  },
};
