import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { executeRows } from "@/lib/db/execute";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { annPrecision, indexedCosineDistance } from "./ann-index";
import { retrieve } from "./retrieve";

describe("the HNSW index over chunk embeddings (issue 18)", () => {
  it("is half precision on PostgreSQL and full precision on PGlite, and the query matches it", async () => {
    const db = await getDb();
    const [versionRow] = await executeRows<{ wasm: boolean }>(db, sql`select version() like '%emscripten%' as wasm`);
    const wasm = versionRow!.wasm;
    const indexes = await executeRows<{ name: string; definition: string }>(
      db,
      sql`select indexname as name, indexdef as definition from pg_indexes
          where tablename = 'knowledge_chunks' and indexdef ilike '%using hnsw%'`,
    );
    expect(indexes).toHaveLength(1);
    const precision = await annPrecision(db);
    expect(precision).toBe(wasm ? "full" : "half");
    expect(indexes[0]!.definition).toContain(precision === "half" ? "halfvec_cosine_ops" : "vector_cosine_ops");

    // The planner only uses the index when the ORDER BY is its expression, literally.
    const workspace = await createTestWorkspace();
    await addTextSource(workspace.id, "The trail shoe has a rock plate and a grippy outsole.", { title: "Shoe" });
    await runIngestion(workspace.id);
    const query = `[${Array.from({ length: 768 }, (_, i) => (i % 7) / 7).join(",")}]`;
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('enable_sort', 'off', true)`);
      return executeRows<{ "QUERY PLAN": string }>(
        tx,
        sql`explain select c.id from knowledge_chunks c
            where c.workspace_id = ${workspace.id} and c.embedding_dimensions = 768 and c.retired_at is null
            order by ${indexedCosineDistance(precision, 768, query)} limit 10`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain(`Index Scan using ${indexes[0]!.name}`);

    // And retrieval finds the chunk through it.
    const results = await retrieve(db, { workspaceId: workspace.id, query: "rock plate", viewer: { role: "admin" }, purpose: "playground", k: 5 });
    expect(results.map((result) => result.sourceTitle)).toEqual(["Shoe"]);
  });
});
