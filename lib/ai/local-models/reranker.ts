import type { JSONObject, RerankingModelV4 } from "@ai-sdk/provider";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";
import { bm25Score } from "./bm25";

export const LOCAL_RERANKER_MODEL_ID = "bm25-vector-v1";

/**
 * The built-in reranker, behind the AI SDK's reranking interface so the router can swap in a
 * hosted one. It blends a candidate's BM25 score (exact terms, rare terms count more) with its
 * embedding similarity: lexical precision plus semantic recall, nothing to download.
 *
 * Documents are either plain strings (BM25 is then computed over the documents themselves) or
 * objects `{ text, bm25, vectorSimilarity }` with features the retriever already computed from
 * the full index. providerOptions.local.lexicalWeight tunes the blend (default 0.7).
 */
export type RerankDocument = { text: string; bm25: number; vectorSimilarity: number };
export const DEFAULT_LEXICAL_WEIGHT = 0.7;

export function createLocalReranker(): RerankingModelV4 {
  return {
    specificationVersion: "v4",
    provider: "local",
    modelId: LOCAL_RERANKER_MODEL_ID,
    async doRerank({ documents, query, topN, providerOptions }) {
      const lexicalWeight = Number((providerOptions?.local as JSONObject | undefined)?.lexicalWeight ?? DEFAULT_LEXICAL_WEIGHT);
      const docs =
        documents.type === "text"
          ? withSelfContainedBm25(query, documents.values)
          : (documents.values as JSONObject[]).map((value) => value as unknown as RerankDocument);
      const scores = blendScores(docs, lexicalWeight);
      const ranking = scores
        .map((relevanceScore, index) => ({ index, relevanceScore }))
        .sort((a, b) => b.relevanceScore - a.relevanceScore)
        .slice(0, topN ?? scores.length);
      return { ranking };
    },
  };
}

/** BM25 normalised to the best candidate (0–1), blended with cosine similarity (0–1). */
export function blendScores(docs: RerankDocument[], lexicalWeight = DEFAULT_LEXICAL_WEIGHT): number[] {
  const maxLexical = Math.max(...docs.map((doc) => doc.bm25), 1e-9);
  return docs.map((doc) => lexicalWeight * (doc.bm25 / maxLexical) + (1 - lexicalWeight) * Math.max(0, doc.vectorSimilarity));
}

function withSelfContainedBm25(query: string, texts: string[], language: Language = "en"): RerankDocument[] {
  const tokenized = texts.map((text) => tokenizeForSearch(text, language));
  const documentFrequencies: Record<string, number> = {};
  for (const terms of tokenized) for (const term of new Set(terms)) documentFrequencies[term] = (documentFrequencies[term] ?? 0) + 1;
  const stats = {
    documentCount: texts.length,
    averageLength: tokenized.reduce((sum, terms) => sum + terms.length, 0) / Math.max(1, texts.length),
    documentFrequencies,
  };
  const queryTerms = tokenizeForSearch(query, language);
  return texts.map((text, i) => ({ text, bm25: bm25Score(queryTerms, tokenized[i]!, stats), vectorSimilarity: 0 }));
}
