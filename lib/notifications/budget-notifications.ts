import "server-only";
import { and, eq } from "drizzle-orm";
import { notifications } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createNotifications } from "./create-notifications";
import { membersWithPermission } from "./recipients";

type BudgetLevel = { month: string; warning: string | null; exhausted: string | null };

const levelOf = (status: BudgetLevel) => (status.exhausted ? "exhausted" : status.warning ? "warning" : null);

/**
 * Tells the workspace's admins when a model call moves the monthly budget past 80 % or to its
 * limit: once per level and month (the subject id is `<month>:<level>`), however many calls
 * follow or how many instances see the crossing.
 */
export async function notifyBudgetCrossing(db: Database, options: { workspaceId: string; before: BudgetLevel; after: BudgetLevel }): Promise<string[]> {
  const level = levelOf(options.after);
  if (!level || level === levelOf(options.before)) return [];
  const subjectId = `${options.after.month}:${level}`;
  const [already] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.workspaceId, options.workspaceId), eq(notifications.kind, "budget_warning"), eq(notifications.subjectId, subjectId)))
    .limit(1);
  if (already) return [];
  return createNotifications(db, {
    workspaceId: options.workspaceId,
    kind: "budget_warning",
    recipientIds: await membersWithPermission(db, { workspaceId: options.workspaceId, permission: "settings:manage" }),
    actorId: null,
    subjectType: "budget",
    subjectId,
    data: { month: options.after.month, level, message: options.after.exhausted ?? options.after.warning },
  });
}
