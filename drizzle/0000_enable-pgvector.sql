-- pgvector powers the knowledge base's embeddings; drizzle-kit does not emit this on its own.
CREATE EXTENSION IF NOT EXISTS vector;
