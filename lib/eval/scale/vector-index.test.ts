import { describe, expect, it } from "vitest";
import { hnswIndexFor, parseHnswDefinition, type HnswIndex } from "./vector-index";

describe("parseHnswDefinition", () => {
  it("reads today's partial expression index (drizzle/0004) as PostgreSQL prints it", () => {
    expect(
      parseHnswDefinition(
        "CREATE INDEX knowledge_chunks_embedding_768_hnsw ON public.knowledge_chunks USING hnsw (((embedding)::vector(768)) vector_cosine_ops) WHERE ((embedding_dimensions = 768) AND (retired_at IS NULL))",
      ),
    ).toEqual({
      expression: "((embedding)::vector(768))",
      vectorType: "vector",
      distance: "cosine",
      predicate: "((embedding_dimensions = 768) AND (retired_at IS NULL))",
    });
  });

  it("follows a halfvec column or cast with index options", () => {
    expect(parseHnswDefinition("CREATE INDEX x ON public.knowledge_chunks USING hnsw (embedding halfvec_cosine_ops) WITH (m='24', ef_construction='128')")).toEqual({
      expression: "embedding",
      vectorType: "halfvec",
      distance: "cosine",
      predicate: null,
    });
    expect(parseHnswDefinition("CREATE INDEX y ON knowledge_chunks USING hnsw (((embedding)::halfvec(768)) halfvec_l2_ops) WHERE (workspace_id = 'w')")?.vectorType).toBe("halfvec");
    expect(parseHnswDefinition("CREATE INDEX z ON knowledge_chunks USING btree (workspace_id)")).toBeNull();
  });
});

describe("hnswIndexFor", () => {
  const index = (name: string, expression: string, predicate: string | null): HnswIndex => ({
    name, definition: "", expression, vectorType: "vector", distance: "cosine", predicate, options: [], bytes: 0,
  });

  it("picks the index of the embedding's dimension", () => {
    const indexes = [index("i1536", "((embedding)::vector(1536))", null), index("i768", "((embedding)::vector(768))", null)];
    expect(hnswIndexFor(indexes, 768)?.name).toBe("i768");
    expect(hnswIndexFor([index("p", "embedding", "(embedding_dimensions = 768)"), index("q", "embedding", "(embedding_dimensions = 1024)")], 1024)?.name).toBe("q");
    expect(hnswIndexFor(indexes, 384)).toBeNull();
    expect(hnswIndexFor([index("only", "embedding", null)], 384)?.name).toBe("only");
    expect(hnswIndexFor([], 768)).toBeNull();
  });
});
