import type { EmbeddingModelV4, SharedV4Warning } from "@ai-sdk/provider";
import type { FeatureCounter } from "@/lib/rag/embed/feature-counter";
import { FEATURE_WEIGHTS, extractFeatures, type FeatureCounts } from "@/lib/rag/embed/hashed-features";
import { mix32 } from "@/lib/rag/text/hash";
import { countTokens } from "@/lib/rag/text/tokenize";

/**
 * A deterministic embedder that needs no download and no network: hashed lexical features
 * (see hashed-features.ts) projected onto a fixed number of dimensions. It finds paraphrases
 * that share words, stems or word parts, not synonyms; a hosted model does better and can
 * replace it per workspace. Any change to features, weights or hashing changes the vectors,
 * so it must come with a new model id (stored vectors are tagged with it).
 */
export const LOCAL_EMBEDDING_MODEL_ID = "local-hash-ngram-v1";
export const LOCAL_EMBEDDING_DIMENSIONS = 768;

const MAX_EMBEDDINGS_PER_CALL = 2048;
// Embedding is synchronous CPU work: between slices of this size doEmbed yields to the event
// loop so a large batch does not stall other requests, and checks for cancellation.
const YIELD_EVERY = 128;

function accumulate(vector: Float64Array, features: FeatureCounter, weight: number): void {
  features.forEach((hash, count) => {
    const mixed = mix32(hash);
    const bucket = mixed % LOCAL_EMBEDDING_DIMENSIONS;
    // The sign comes from an independent re-mix rather than a bit of `mixed`, which is
    // correlated with the bucket. Random signs make colliding features cancel out on average
    // instead of always inflating the similarity of unrelated texts.
    const sign = mix32(mixed ^ 0x9e3779b9) & 1 ? 1 : -1;
    // Sublinear term frequency: the tenth "shoe" says less than the first.
    vector[bucket] = (vector[bucket] ?? 0) + sign * weight * (1 + Math.log(count));
  });
}

function toUnitVector(counts: FeatureCounts): number[] {
  const vector = new Float64Array(LOCAL_EMBEDDING_DIMENSIONS);
  accumulate(vector, counts.unigram, FEATURE_WEIGHTS.unigram);
  accumulate(vector, counts.bigram, FEATURE_WEIGHTS.bigram);
  accumulate(vector, counts.charGram, FEATURE_WEIGHTS.charGram);
  let sumOfSquares = 0;
  for (const value of vector) sumOfSquares += value * value;
  // A text without features (empty, only punctuation or stopwords) stays the zero vector:
  // dividing by a zero norm would store NaN, which poisons every distance computed with it.
  const scale = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
  return Array.from(vector, (value) => value * scale);
}

/** Unit-length embedding of one text (the zero vector if the text has no content words). */
export function embedText(text: string): number[] {
  return toUnitVector(extractFeatures(text));
}

export function embedTexts(texts: string[]): number[][] {
  return texts.map(embedText);
}

/** The local embedder as an AI SDK embedding model, so `embed`/`embedMany` and the registry work. */
export function createLocalEmbeddingModel(): EmbeddingModelV4 {
  return {
    specificationVersion: "v4",
    provider: "local",
    modelId: LOCAL_EMBEDDING_MODEL_ID,
    maxEmbeddingsPerCall: MAX_EMBEDDINGS_PER_CALL,
    supportsParallelCalls: true,
    async doEmbed({ values, abortSignal, dimensions }) {
      const warnings: SharedV4Warning[] = [];
      if (dimensions !== undefined && dimensions !== LOCAL_EMBEDDING_DIMENSIONS) {
        warnings.push({
          type: "unsupported",
          feature: "dimensions",
          details: `The local embedding model always returns ${LOCAL_EMBEDDING_DIMENSIONS} dimensions.`,
        });
      }
      const embeddings: number[][] = [];
      for (let start = 0; start < values.length; start += YIELD_EVERY) {
        abortSignal?.throwIfAborted();
        embeddings.push(...embedTexts(values.slice(start, start + YIELD_EVERY)));
        if (start + YIELD_EVERY < values.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const tokens = values.reduce((sum, value) => sum + countTokens(value), 0);
      return { embeddings, usage: { tokens }, warnings };
    },
  };
}
