-- The embedded database (PGlite: PostgreSQL compiled to WebAssembly) keeps a full-precision
-- HNSW index instead of 0018's half-precision one. WebAssembly has no hardware half-float
-- conversion, so every distance the graph computes converts 768 halves in software: measured on
-- PGlite 0.5.14, an insert into the halfvec index cost 25–33 ms against 7–8 ms for a vector index
-- (1,750 rows), and ingestion on PGlite ran at 7 docs/s (BENCHMARKS.md, issue 18). PostgreSQL
-- keeps the half-precision index (half the size, same recall there). The query picks the
-- expression of whichever index exists (lib/knowledge/retrieve/ann-index.ts).
DO $$
BEGIN
  IF version() LIKE '%emscripten%' THEN
    DROP INDEX IF EXISTS "knowledge_chunks_embedding_768_hnsw_half";
    CREATE INDEX IF NOT EXISTS "knowledge_chunks_embedding_768_hnsw"
      ON "knowledge_chunks" USING hnsw (("embedding"::vector(768)) vector_cosine_ops)
      WHERE "embedding_dimensions" = 768 AND "retired_at" IS NULL;
  END IF;
END $$;
