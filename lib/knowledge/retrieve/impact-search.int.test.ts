import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeTerms } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { bm25Score } from "@/lib/ai/local-models/bm25";
import { tokenizeForSearch } from "@/lib/rag/text/tokenize";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { createSourceVersion } from "@/lib/knowledge/sources/create-source-version";
import { buildChunkPostings, deletePostings, insertPostings } from "@/lib/knowledge/ingest/postings";
import { bm25ForChunks, lexicalSearch, queryTerms } from "./lexical";

/**
 * The impact-ordered search against two references on a corpus whose common terms span many
 * blocks (1,400 chunks; "river" in every one): the exhaustive read of every block, and BM25
 * computed in JavaScript from the texts alone. Chunks are written straight into the index
 * (3-dimensional embeddings keep them out of the HNSW index, which this test does not need).
 */
const CHUNKS = 1_400;
const WORDS = ["river", "stone", "garden", "lantern", "harbour", "meadow", "copper", "orchard", "falcon", "glacier", "violet", "ember", "quartz", "willow", "canyon"];

/** Deterministic texts: word i appears with a frequency falling with i, "river" everywhere, rare words here and there. */
function textFor(n: number): string {
  const words: string[] = ["river"];
  for (let i = 0; i < WORDS.length; i++) {
    const count = (n * (i + 7) * 2654435761) % (i + 3) === 0 ? 1 + ((n + i) % 4) : 0;
    for (let c = 0; c < count; c++) words.push(WORDS[i]!);
  }
  if (n % 97 === 0) words.push("saffron");
  const filler = 5 + (n % 40);
  for (let i = 0; i < filler; i++) words.push(`filler${(n * 31 + i * 17) % 300}`);
  return words.join(" ") + ".";
}

type Fixture = { workspaceId: string; ids: string[]; texts: Map<string, string> };
let fixture: Fixture;

async function addChunks(workspaceId: string, texts: string[]): Promise<string[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const created = await createSourceVersion(tx, {
      workspaceId, actorId: null, title: "Synthetic", kind: "published_page", classification: "internal", language: "en",
      canonicalUrl: null, origin: "paste", format: "text", fileName: "synthetic.txt", bytes: new TextEncoder().encode("synthetic"),
    });
    const rows = texts.map((text, ordinal) => ({
      id: createId("chunk"), workspaceId, sourceId: created.sourceId, versionId: created.versionId!, version: 1, ordinal, sectionPath: [],
      text, tokenCount: text.split(" ").length, language: "en" as const, classification: "internal" as const, kind: "published_page" as const,
      url: null, category: null, embedding: [1, 0, 0], embeddingModel: "test", embeddingDimensions: 3,
    }));
    for (let i = 0; i < rows.length; i += 250) await tx.insert(knowledgeChunks).values(rows.slice(i, i + 250));
    // Two batches: a term's postings then live in blocks written at different times.
    const half = Math.floor(rows.length / 2);
    await insertPostings(tx, workspaceId, rows.slice(0, half).map((r) => buildChunkPostings(r.id, r.text, "en")));
    await insertPostings(tx, workspaceId, rows.slice(half).map((r) => buildChunkPostings(r.id, r.text, "en")));
    return rows.map((r) => r.id);
  });
}

/** BM25 of every active chunk from the texts alone: the ground truth. */
function referenceTop(active: Map<string, string>, query: string, k: number) {
  const documents = [...active].map(([id, text]) => ({ id, terms: tokenizeForSearch(text, "en") }));
  const documentFrequencies: Record<string, number> = {};
  for (const doc of documents) for (const term of new Set(doc.terms)) documentFrequencies[term] = (documentFrequencies[term] ?? 0) + 1;
  const stats = { documentCount: documents.length, averageLength: documents.reduce((s, d) => s + d.terms.length, 0) / documents.length, documentFrequencies };
  return documents
    .map((doc) => ({ id: doc.id, score: bm25Score(queryTerms(query), doc.terms, stats) }))
    .filter((d) => d.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, k);
}

async function search(workspaceId: string, query: string, limit: number, exhaustive = false, more: { postingsBudget?: number; scope?: ReturnType<typeof sql>; narrow?: boolean } = {}) {
  const db = await getDb();
  const scope = more.scope ?? sql`c.workspace_id = ${workspaceId} and c.retired_at is null`;
  return lexicalSearch(db, { workspaceId, scope, terms: queryTerms(query), limit, exhaustive, postingsBudget: more.postingsBudget, narrow: more.narrow });
}

/**
 * Same ranking: the same scores rank by rank, and the same chunks wherever a score is not tied
 * (a tie at the cut may keep either chunk).
 */
function expectSameRanking(actual: { id: string; score: number }[], expectedList: { id: string; score: number }[], label: string, k = actual.length) {
  // `expectedList` may run past the cut, so a chunk tied with one just below it counts as tied.
  const expected = expectedList.slice(0, k);
  expect(actual.length, label).toBe(expected.length);
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-5;
  actual.forEach((hit, i) => expect(same(hit.score, expected[i]!.score), `${label} rank ${i + 1}: ${hit.score} vs ${expected[i]!.score}`).toBe(true));
  const tied = (i: number) => expectedList.filter((r) => same(r.score, expected[i]!.score)).length > 1;
  actual.forEach((hit, i) => {
    if (!tied(i)) expect(hit.id, `${label} rank ${i + 1}`).toBe(expected[i]!.id);
  });
}

const QUERIES = ["river", "river stone garden", "lantern harbour", "saffron river", "copper orchard falcon glacier", "willow canyon ember quartz violet"];

describe("impact-ordered lexical search", () => {
  beforeAll(async () => {
    const workspace = await createTestWorkspace("Impact search");
    const texts = Array.from({ length: CHUNKS }, (_, n) => textFor(n));
    const ids = await addChunks(workspace.id, texts);
    fixture = { workspaceId: workspace.id, ids, texts: new Map(ids.map((id, i) => [id, texts[i]!])) };
  }, 120_000);

  it("returns the exact BM25 top k, as the exhaustive read and a from-scratch BM25 do", async () => {
    for (const query of QUERIES) {
      for (const k of [5, 50]) {
        const fast = await search(fixture.workspaceId, query, k);
        const reference = referenceTop(fixture.texts, query, k + 20);
        expect(fast).toHaveLength(Math.min(k, reference.length));
        expectSameRanking(fast, await search(fixture.workspaceId, query, k + 20, true), `${query} @${k} (exhaustive)`, fast.length);
        expectSameRanking(fast, reference, `${query} @${k} (reference)`, fast.length);
      }
    }
  });

  it("reads at most its postings budget, highest contributions first, and stays close to the exact ranking", async () => {
    // 512 postings of the ~6,000 these terms have: the rare terms' blocks come first (high idf).
    for (const query of ["saffron river stone", "lantern harbour meadow"]) {
      const budgeted = await search(fixture.workspaceId, query, 10, false, { postingsBudget: 512 });
      const reference = referenceTop(fixture.texts, query, 10);
      expect(budgeted).toHaveLength(10);
      // Exactly scored: every returned score is the chunk's true BM25.
      const truth = new Map(referenceTop(fixture.texts, query, CHUNKS).map((r) => [r.id, r.score]));
      for (const hit of budgeted) expect(hit.score).toBeCloseTo(truth.get(hit.id)!, 5);
      const overlap = budgeted.filter((hit) => reference.some((r) => r.id === hit.id)).length;
      // Approximate by design at this tiny budget (bench:scale measures it at the real one).
      expect(overlap, query).toBeGreaterThanOrEqual(4);
      expect(budgeted[0]!.score).toBeCloseTo(reference[0]!.score, 5);
    }
  });

  it("falls back to every block when the scope keeps fewer than the limit, and scores a narrow scope directly", async () => {
    const few = [...fixture.texts.keys()].slice(200, 215);
    const scope = sql`c.workspace_id = ${fixture.workspaceId} and c.retired_at is null and c.id = any(${`{${few.join(",")}}`}::text[])`;
    // Corpus-wide statistics, ranked within the scope.
    const expected = referenceTop(fixture.texts, "river stone", CHUNKS).filter((r) => few.includes(r.id));
    const budgeted = await search(fixture.workspaceId, "river stone", 10, false, { postingsBudget: 256, scope });
    expectSameRanking(budgeted, expected, "fallback", 10);
    const narrow = await search(fixture.workspaceId, "river stone", 10, false, { scope, narrow: true });
    expectSameRanking(narrow, expected, "narrow", 10);
  });

  it("keeps blocks compact: after several write batches each term has at most one open block", async () => {
    const db = await getDb();
    const rows = (await db.execute(sql`
      select b.term_id, count(*) filter (where cardinality(b.chunk_keys) < 128)::int as open, sum(cardinality(b.chunk_keys))::int as postings
      from knowledge_posting_blocks b join knowledge_terms t on t.id = b.term_id
      where t.workspace_id = ${fixture.workspaceId} group by b.term_id`)) as unknown as { rows: { term_id: number; open: number; postings: number }[] };
    expect(rows.rows.length).toBeGreaterThan(10);
    expect(rows.rows.filter((r) => r.open > 1)).toEqual([]);
    // "river" is in every chunk: 1,400 postings in 11 blocks (10 full + 1 open).
    const river = rows.rows.find((r) => r.postings === CHUNKS)!;
    expect(river).toBeDefined();
  });

  it("keeps document frequencies at write time: retired chunks leave the results and the statistics", async () => {
    const db = await getDb();
    const top = (await search(fixture.workspaceId, "lantern harbour", 30)).map((r) => r.id);
    await db.transaction(async (tx) => {
      await tx.update(knowledgeChunks).set({ retiredAt: sql`now()` }).where(sql`${knowledgeChunks.id} = any(${`{${top.join(",")}}`}::text[])`);
      await deletePostings(tx, fixture.workspaceId, top);
      // Idempotent: a second call for the same chunks changes nothing.
      await deletePostings(tx, fixture.workspaceId, top);
    });
    const active = new Map([...fixture.texts].filter(([id]) => !top.includes(id)));
    const [lantern] = await db.select().from(knowledgeTerms).where(sql`${knowledgeTerms.workspaceId} = ${fixture.workspaceId} and ${knowledgeTerms.term} = 'lantern'`);
    expect(lantern!.documentFrequency).toBe([...active.values()].filter((t) => t.includes("lantern")).length);
    for (const query of QUERIES) {
      const fast = await search(fixture.workspaceId, query, 20);
      expect(fast.some((hit) => top.includes(hit.id))).toBe(false);
      expectSameRanking(fast, referenceTop(active, query, 40), query, fast.length);
    }
    fixture.texts = active;
  });

  it("re-indexes a changed chunk under a new key: its old entries no longer count", async () => {
    const db = await getDb();
    const id = [...fixture.texts.keys()][10]!;
    const [before] = await db.select({ key: knowledgeChunks.key }).from(knowledgeChunks).where(eq(knowledgeChunks.id, id));
    const changed = "saffron saffron saffron saffron glacier.";
    await db.transaction(async (tx) => {
      await deletePostings(tx, fixture.workspaceId, [id]);
      await tx.update(knowledgeChunks).set({ text: changed }).where(eq(knowledgeChunks.id, id));
      await insertPostings(tx, fixture.workspaceId, [buildChunkPostings(id, changed, "en")]);
    });
    const [after] = await db.select({ key: knowledgeChunks.key }).from(knowledgeChunks).where(eq(knowledgeChunks.id, id));
    expect(after!.key).not.toBe(before!.key);
    fixture.texts.set(id, changed);
    const fast = await search(fixture.workspaceId, "saffron river", 10);
    expect(fast[0]!.id).toBe(id);
    expectSameRanking(fast, referenceTop(fixture.texts, "saffron river", 30), "saffron river", fast.length);
    // "river" left the chunk: its BM25 for "river" alone is now nothing.
    const scores = await bm25ForChunks(db, { workspaceId: fixture.workspaceId, chunkIds: [id], terms: queryTerms("river") });
    expect(scores.has(id)).toBe(false);
    const reference = referenceTop(fixture.texts, "saffron glacier", CHUNKS).find((r) => r.id === id)!;
    const both = await bm25ForChunks(db, { workspaceId: fixture.workspaceId, chunkIds: [id], terms: queryTerms("saffron glacier") });
    expect(both.get(id)).toBeCloseTo(reference.score, 6);
  });
});
