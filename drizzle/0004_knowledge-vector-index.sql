-- Approximate nearest-neighbour search over chunk embeddings (cosine). One partial expression
-- index per embedding dimension: the column is untyped so that two embedding models can coexist
-- while a workspace re-embeds. 768 = the built-in local embedder (lib/rag/embed/local-embedder.ts);
-- a hosted model with another dimension gets its own index in a later migration.
-- Retired chunks are never searched, so they stay out of the index.
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_768_hnsw
  ON knowledge_chunks USING hnsw ((embedding::vector(768)) vector_cosine_ops)
  WHERE embedding_dimensions = 768 AND retired_at IS NULL;
