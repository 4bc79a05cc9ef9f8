import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { assets } from "@/lib/db/schema";
import type { AssetState } from "@/lib/review/workflow";
import { roleHasPermission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";
import type { Database } from "@/lib/db/types";
import { countUnreadNotifications } from "./load-notifications";

export type WorkItem = { id: string; title: string; kind: string; state: AssetState; updatedAt: Date };

const RECENT_DAYS = 14;
const LIST_LIMIT = 20;

const columns = { id: assets.id, title: assets.title, kind: assets.kind, state: assets.state, updatedAt: assets.updatedAt };

/**
 * What waits for one member in one workspace. Waiting for review: submitted assets the member
 * may decide, so not their own (four eyes) and not versions they saved last. Sent back and
 * drafts: assets they created. Recently published: anyone's, the last two weeks.
 */
export async function listMyWork(db: Database, options: { workspaceId: string; userId: string; role: Role }) {
  const ws = eq(assets.workspaceId, options.workspaceId);
  const mine = eq(assets.createdBy, options.userId);
  const canReview = roleHasPermission(options.role, "asset:review");
  const [toReview, sentBack, drafts, published] = await Promise.all([
    canReview
      ? db
          .select(columns)
          .from(assets)
          .where(and(ws, eq(assets.state, "in_review"), sql`${assets.createdBy} <> ${options.userId}`, or(isNull(assets.lastEditedBy), sql`${assets.lastEditedBy} <> ${options.userId}`)))
          .orderBy(assets.submittedAt)
          .limit(LIST_LIMIT)
      : Promise.resolve([] as WorkItem[]),
    db.select(columns).from(assets).where(and(ws, mine, eq(assets.state, "changes_requested"))).orderBy(desc(assets.updatedAt)).limit(LIST_LIMIT),
    db.select(columns).from(assets).where(and(ws, mine, eq(assets.state, "draft"), isNull(assets.archivedAt))).orderBy(desc(assets.updatedAt)).limit(LIST_LIMIT),
    db
      .select(columns)
      .from(assets)
      .where(and(ws, eq(assets.state, "published"), sql`${assets.publishedAt} > now() - make_interval(days => ${RECENT_DAYS}::int)`))
      .orderBy(desc(assets.publishedAt))
      .limit(LIST_LIMIT),
  ]);
  return { toReview, sentBack, drafts, published };
}

/** The navigation badge: unread notifications plus what waits for the member's action. */
export async function countMyWork(db: Database, options: { workspaceId: string; userId: string; role: Role }): Promise<number> {
  const canReview = roleHasPermission(options.role, "asset:review");
  const [row] = await db
    .select({
      n: sql<number>`count(*) filter (where ${assets.state} = 'changes_requested' and ${assets.createdBy} = ${options.userId})::int
        + (case when ${canReview} then count(*) filter (where ${assets.state} = 'in_review' and ${assets.createdBy} <> ${options.userId}
            and (${assets.lastEditedBy} is null or ${assets.lastEditedBy} <> ${options.userId})) else 0 end)::int`,
    })
    .from(assets)
    .where(eq(assets.workspaceId, options.workspaceId));
  return (row?.n ?? 0) + (await countUnreadNotifications(db, options));
}
