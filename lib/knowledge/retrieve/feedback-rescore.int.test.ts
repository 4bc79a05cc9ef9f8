import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { executeRows } from "@/lib/db/execute";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { queryTerms } from "./lexical";
import { rescoreWithFeedback } from "./feedback-rescore";
import { retrieve } from "./retrieve";

async function chunkIdsByTitle(workspaceId: string) {
  const db = await getDb();
  const rows = await executeRows<{ id: string; title: string }>(
    db,
    sql`select c.id, s.title from knowledge_chunks c join knowledge_sources s on s.id = c.source_id where c.workspace_id = ${workspaceId} and c.retired_at is null`,
  );
  return new Map(rows.map((row) => [row.title, row.id]));
}

describe("RM3 feedback re-scoring", () => {
  it("gives a candidate that shares the best results' vocabulary, but no query word, a lexical score", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await addTextSource(workspace.id, "# Shell\n\nThe waterproof rain jacket has a membrane with taped seams.", { title: "shell" });
    await addTextSource(workspace.id, "# Storm\n\nA waterproof rain jacket: the membrane and the taped seams keep water out.", { title: "storm" });
    await addTextSource(workspace.id, "# Construction\n\nEvery membrane we use is laminated, and all seams are taped twice.", { title: "construction" });
    await addTextSource(workspace.id, "# Camp\n\nThe tent pitches in four minutes with aluminium poles.", { title: "camp" });
    await runIngestion(workspace.id);
    const ids = await chunkIdsByTitle(workspace.id);
    const query = "waterproof rain jacket";
    // First pass: the two jackets match the query; construction and camp do not.
    const bm25 = new Map([
      [ids.get("shell")!, 3],
      [ids.get("storm")!, 2.5],
    ]);
    const candidateIds = [...ids.values()];
    const similarity = new Map(candidateIds.map((id) => [id, 0]));

    const rescored = await rescoreWithFeedback(db, { workspaceId: workspace.id, terms: queryTerms(query), candidateIds, bm25, similarity });

    expect(rescored.get(ids.get("construction")!)).toBeGreaterThan(0);
    expect(rescored.get(ids.get("camp")!)).toBe(0);
    // The query's own words still weigh most: the documents that contain them stay ahead.
    expect(rescored.get(ids.get("shell")!)).toBeGreaterThan(rescored.get(ids.get("construction")!)!);
    expect(rescored.get(ids.get("storm")!)).toBeGreaterThan(rescored.get(ids.get("construction")!)!);
  });

  it("reads only the workspace's own chunks, and retrieve() uses it only when asked", async () => {
    const db = await getDb();
    const mine = await createTestWorkspace("Mine");
    const other = await createTestWorkspace("Other");
    await addTextSource(mine.id, "# Jacket\n\nThe waterproof rain jacket has a membrane.", { title: "jacket" });
    await addTextSource(other.id, "# Jacket\n\nThe waterproof rain jacket has a membrane.", { title: "foreign" });
    await runIngestion(mine.id);
    await runIngestion(other.id);
    const own = (await chunkIdsByTitle(mine.id)).get("jacket")!;
    const foreign = (await chunkIdsByTitle(other.id)).get("foreign")!;
    const rescored = await rescoreWithFeedback(db, {
      workspaceId: mine.id,
      terms: queryTerms("waterproof jacket"),
      candidateIds: [own, foreign],
      bm25: new Map([
        [own, 1],
        [foreign, 1],
      ]),
      similarity: new Map(),
    });
    expect(rescored.get(own)).toBeGreaterThan(0);
    expect(rescored.get(foreign)).toBe(0);

    const timings = {};
    const plain = await retrieve(db, { workspaceId: mine.id, query: "waterproof jacket", viewer: { role: "admin" }, purpose: "playground", timings });
    expect(timings).not.toHaveProperty("feedback");
    const withFeedback = await retrieve(db, { workspaceId: mine.id, query: "waterproof jacket", viewer: { role: "admin" }, purpose: "playground", feedback: true, timings });
    expect(timings).toHaveProperty("feedback");
    expect(withFeedback.map((r) => r.chunkId)).toEqual(plain.map((r) => r.chunkId));
  });
});
