import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets, modelCalls } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { listRecentCalls } from "@/lib/ai/routing/admin-queries";
import { listAuditEntries } from "@/lib/audit/list";
import { appendAuditEntry } from "@/lib/audit/append";
import { listAssetsPage } from "@/lib/review/queries";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { insertTestAsset } from "@/lib/testing/kpi/fixtures";

/** Walks every page of a paged query and returns the pages' rows in order. */
async function allPages<Row>(fetchPage: (page: number) => Promise<{ rows: Row[]; hasOlder: boolean; hasNewer: boolean }>) {
  const pages: Row[][] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await fetchPage(page);
    expect(result.hasNewer).toBe(page > 1);
    pages.push(result.rows);
    if (!result.hasOlder) break;
  }
  return pages;
}

describe("the asset library's pages", () => {
  it("cover every asset exactly once, newest change first, even when change times are equal", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await insertTestAsset(workspace.id, { utmCampaign: `c${i}`, utmContent: null, title: `Asset ${i}` }));
    await insertTestAsset(other.id, { utmCampaign: "elsewhere", utmContent: null });
    // Equal change times on purpose: the id must decide their order, or a row could move between pages.
    const sameInstant = new Date("2026-05-01T10:00:00Z");
    for (const id of ids) await db.update(assets).set({ updatedAt: sameInstant }).where(eq(assets.id, id));

    const pages = await allPages((page) => listAssetsPage(db, { workspaceId: workspace.id, page: { page, pageSize: 3 } }));
    expect(pages.map((rows) => rows.length)).toEqual([3, 3, 1]);
    const seen = pages.flat().map((row) => row.id);
    expect(seen).toEqual([...ids].sort().reverse());
  });

  it("keeps the filters on every page", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    for (let i = 0; i < 5; i++) await insertTestAsset(workspace.id, { utmCampaign: `p${i}`, utmContent: null, state: "published", title: `Jacke ${i}` });
    for (let i = 0; i < 4; i++) await insertTestAsset(workspace.id, { utmCampaign: `d${i}`, utmContent: null, state: "draft", title: `Jacke draft ${i}` });

    const pages = await allPages((page) => listAssetsPage(db, { workspaceId: workspace.id, state: "published", search: "jacke", page: { page, pageSize: 2 } }));
    expect(pages.map((rows) => rows.length)).toEqual([2, 2, 1]);
    expect(pages.flat().every((row) => row.state === "published")).toBe(true);
    expect(new Set(pages.flat().map((row) => row.id)).size).toBe(5);
  });

  it("answers an empty last page past the end, saying a newer page exists", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await insertTestAsset(workspace.id, { utmCampaign: "only", utmContent: null });
    const page = await listAssetsPage(db, { workspaceId: workspace.id, page: { page: 4, pageSize: 10 } });
    expect(page).toMatchObject({ rows: [], hasNewer: true, hasOlder: false });
  });
});

describe("the recent model calls' pages", () => {
  it("cover every call of the workspace once, with the outcome filter kept", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const call = (workspaceId: string, createdAt: Date, errorClass: string | null = null) =>
      db.insert(modelCalls).values({ id: createId("modelCall"), workspaceId, task: "ad-variants", reasons: [], attempts: [], latencyMs: 100, chosenModel: "m1", errorClass, createdAt });
    const sameInstant = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 5; i++) await call(workspace.id, sameInstant);
    for (let i = 0; i < 3; i++) await call(workspace.id, new Date(Date.UTC(2026, 4, 2, i)), "all_candidates_failed");
    await call(other.id, sameInstant);

    const everything = await allPages((page) => listRecentCalls(db, { workspaceId: workspace.id, filters: {}, page: { page, pageSize: 3 } }));
    expect(everything.map((rows) => rows.length)).toEqual([3, 3, 2]);
    const ids = everything.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(8);
    expect(everything.flat().every((row) => row.workspaceId === workspace.id)).toBe(true);
    // Newest first: the three failures (2 May) come before the five successes (1 May).
    expect(everything.flat().slice(0, 3).every((row) => row.errorClass !== null)).toBe(true);

    const successes = await allPages((page) => listRecentCalls(db, { workspaceId: workspace.id, filters: { outcome: "success" }, page: { page, pageSize: 2 } }));
    expect(successes.map((rows) => rows.length)).toEqual([2, 2, 1]);
    expect(successes.flat().every((row) => row.errorClass === null)).toBe(true);
  });
});

describe("the audit log's pages", () => {
  it("keep the filters when moving to older entries and never repeat or skip one", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    for (let i = 0; i < 7; i++) {
      await appendAuditEntry(db, { workspaceId: workspace.id, actorUserId: null, action: i % 2 === 0 ? `assets.submit_${i}` : `members.invite_${i}`, outcome: "success" });
    }
    const seen: string[] = [];
    let before: number | undefined;
    do {
      const page = await listAuditEntries(db, { workspaceId: workspace.id, filters: { action: "assets." }, limit: 2, before });
      seen.push(...page.entries.map((entry) => entry.action));
      before = page.nextCursor;
    } while (before !== undefined);
    expect(seen).toEqual(["assets.submit_6", "assets.submit_4", "assets.submit_2", "assets.submit_0"]);
  });
});
