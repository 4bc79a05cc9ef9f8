import { embedMany } from "ai";
import { describe, expect, it } from "vitest";
import { createLocalEmbeddingModel, embedText, embedTexts, LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL_ID } from "./local-embedder";

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);
const norm = (vector: number[]) => Math.sqrt(cosine(vector, vector));

describe("embedText", () => {
  it("is deterministic, unit length and has the declared dimensions", () => {
    const text = "Lightweight waterproof hiking boots with a grippy sole.";
    const first = embedText(text);
    expect(first).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(norm(first)).toBeCloseTo(1, 10);
    expect(embedText(text)).toEqual(first);
    expect(embedTexts([text, text])).toEqual([first, first]);
  });

  it("returns a zero vector, not NaN, for text without content words", () => {
    for (const empty of ["", "   ", "!!! ???", "the and of"]) {
      const vector = embedText(empty);
      expect(vector).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
      expect(vector.every((value) => value === 0)).toBe(true);
    }
  });

  it("puts an English query closer to its paraphrase than to an unrelated text", () => {
    const query = embedText("waterproof hiking boots for women");
    const paraphrase = embedText("These lightweight women's hiking boots keep your feet dry and waterproof on wet, rocky trails.");
    const unrelated = embedText("Our espresso machine brews a rich coffee with smooth crema in under two minutes.");
    expect(cosine(query, paraphrase)).toBeGreaterThan(0.3);
    expect(cosine(query, paraphrase)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
  });

  it("matches a German query with inflected forms to the German product description", () => {
    const query = embedText("wasserdichte Wanderschuhe für Damen");
    const description = embedText(
      "Dieser leichte Wanderschuh für Damen ist wasserdicht und bietet dank griffiger Sohle guten Halt auf felsigen Wegen.",
    );
    const unrelated = embedText("Unsere Kaffeemaschine brüht in zwei Minuten einen kräftigen Espresso mit feiner Crema.");
    expect(cosine(query, description)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
  });

  it("relates compounds to their parts through character n-grams", () => {
    const shoe = embedText("Schuh");
    expect(cosine(embedText("Wanderschuh"), embedText("Wanderschuhe"))).toBeGreaterThan(0.9);
    expect(cosine(shoe, embedText("Wanderschuhe"))).toBeGreaterThan(cosine(shoe, embedText("Wanderjacke")) + 0.15);
  });

  it("ranks documents for a query by topic", () => {
    const documents = [
      "Returns are free within 30 days: send the item back in its original packaging.",
      "Our down jacket keeps you warm at minus twenty degrees.",
      "Shipping to Austria and Switzerland takes three to five working days.",
    ];
    const vectors = embedTexts(documents);
    const query = embedText("How many days do I have to return an item?");
    const scores = vectors.map((vector) => cosine(query, vector));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });
});

describe("createLocalEmbeddingModel", () => {
  it("works with the AI SDK's embedMany and returns the same vectors as embedTexts", async () => {
    const model = createLocalEmbeddingModel();
    expect(model.modelId).toBe(LOCAL_EMBEDDING_MODEL_ID);
    expect(model.specificationVersion).toBe("v4");
    const values = ["Wasserdichte Wanderschuhe", "A warm down jacket", "Kostenlose Rücksendung innerhalb von 30 Tagen"];
    const result = await embedMany({ model, values, maxRetries: 0 });
    expect(result.embeddings).toEqual(embedTexts(values));
    expect(result.usage.tokens).toBeGreaterThan(0);
  });

  it("keeps input order across the slices it yields between", async () => {
    const model = createLocalEmbeddingModel();
    const values = Array.from({ length: 300 }, (_, index) => `Product number ${index} in colour ${index % 7}`);
    const result = await model.doEmbed({ values });
    expect(result.embeddings).toHaveLength(300);
    expect(result.embeddings[299]).toEqual(embedText(values[299] ?? ""));
    expect(result.warnings).toEqual([]);
  });

  it("warns that it cannot change dimensions, and stops when aborted", async () => {
    const model = createLocalEmbeddingModel();
    const resized = await model.doEmbed({ values: ["hello world"], dimensions: 256 });
    expect(resized.embeddings[0]).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(resized.warnings).toEqual([expect.objectContaining({ type: "unsupported", feature: "dimensions" })]);
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(model.doEmbed({ values: ["hello"], abortSignal: controller.signal })).rejects.toThrow("cancelled");
  });
});
