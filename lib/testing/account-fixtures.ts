import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

/** Audit entries of one action about one account (as actor or target), oldest first. */
export async function accountAuditEntries(action: string, userId: string) {
  const db = await getDb();
  const rows = await db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.seq);
  return rows.filter((row) => row.actorUserId === userId || row.targetId === userId);
}

export async function auditEntriesInWorkspace(workspaceId: string, action: string) {
  const db = await getDb();
  return db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action))).orderBy(auditLog.seq);
}

export const STRONG_PASSWORD = "Quartz-lantern-Meadow-9147-orbit";
export const OTHER_STRONG_PASSWORD = "Violet-harbour-Engine-3862-tundra";
