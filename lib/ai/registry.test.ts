import { describe, expect, it } from "vitest";
import { buildModelRegistry, resolveEmbeddingModel } from "./registry";

describe("model registry", () => {
  it("always holds the local models and adds hosted providers only when configured", () => {
    const localOnly = buildModelRegistry({ OPENAI_COMPATIBLE_NAME: "selfhosted" });
    expect(localOnly.embeddingModel("local:local-hash-ngram-v1").provider).toBe("local");
    expect(localOnly.rerankingModel("local:bm25-vector-v1").modelId).toBe("bm25-vector-v1");
    expect(() => localOnly.embeddingModel("openai:text-embedding-3-small")).toThrow(/openai/);

    const withKeys = buildModelRegistry({
      OPENAI_API_KEY: "sk-test",
      OPENAI_COMPATIBLE_BASE_URL: "http://127.0.0.1:11434/v1",
      OPENAI_COMPATIBLE_NAME: "ollama",
    });
    expect(withKeys.embeddingModel("openai:text-embedding-3-small").modelId).toBe("text-embedding-3-small");
    expect(withKeys.embeddingModel("ollama:nomic-embed-text").modelId).toBe("nomic-embed-text");
  });

  it("knows the dimensions of catalogued embedding models and asks for the others", () => {
    expect(resolveEmbeddingModel({ EMBEDDING_MODEL: "local:local-hash-ngram-v1" })).toMatchObject({ dimensions: 768, isLocal: true });
    expect(resolveEmbeddingModel({ EMBEDDING_MODEL: "openai:text-embedding-3-small" })).toMatchObject({ dimensions: 1536, isLocal: false });
    expect(() => resolveEmbeddingModel({ EMBEDDING_MODEL: "ollama:nomic-embed-text" })).toThrow(/EMBEDDING_DIMENSIONS is required/);
    expect(resolveEmbeddingModel({ EMBEDDING_MODEL: "ollama:nomic-embed-text", EMBEDDING_DIMENSIONS: 768 })).toMatchObject({
      modelId: "nomic-embed-text",
      dimensions: 768,
    });
  });
});
