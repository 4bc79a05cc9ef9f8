import type { JSONObject, RerankingModelV4 } from "@ai-sdk/provider";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";
import { bm25Score, type CorpusStatistics } from "./bm25";

export const LOCAL_RERANKER_MODEL_ID = "bm25-vector-v1";

/**
 * The built-in reranker, behind the AI SDK's reranking interface so the router can swap in a
 * hosted one. It scores each candidate by BM25 (exact terms, corpus statistics passed in
 * providerOptions.local) blended with the candidate's embedding similarity (passed per document):
 * lexical precision plus semantic recall, with nothing to download.
 *
 * Documents are objects `{ text, language, vectorSimilarity }`; providerOptions.local carries
 * `{ statistics: CorpusStatistics, queryLanguage, lexicalWeight }`.
 */
export type RerankDocument = { text: string; language: Language; vectorSimilarity: number };
export type LocalRerankOptions = { statistics: CorpusStatistics; queryLanguage: Language; lexicalWeight?: number };

export const DEFAULT_LEXICAL_WEIGHT = 0.7;

export function createLocalReranker(): RerankingModelV4 {
  return {
    specificationVersion: "v4",
    provider: "local",
    modelId: LOCAL_RERANKER_MODEL_ID,
    async doRerank({ documents, query, topN, providerOptions }) {
      const options = providerOptions?.local as unknown as LocalRerankOptions | undefined;
      if (!options?.statistics) throw new Error("The local reranker needs corpus statistics in providerOptions.local");
      const docs: RerankDocument[] =
        documents.type === "text"
          ? documents.values.map((text) => ({ text, language: options.queryLanguage, vectorSimilarity: 0 }))
          : (documents.values as JSONObject[]).map((value) => value as unknown as RerankDocument);
      const scores = scoreCandidates(query, docs, options);
      const ranking = scores
        .map((relevanceScore, index) => ({ index, relevanceScore }))
        .sort((a, b) => b.relevanceScore - a.relevanceScore)
        .slice(0, topN ?? scores.length);
      return { ranking };
    },
  };
}

/** BM25 normalised to the best candidate (0–1), blended with cosine similarity (0–1). */
export function scoreCandidates(query: string, docs: RerankDocument[], options: LocalRerankOptions): number[] {
  const lexicalWeight = options.lexicalWeight ?? DEFAULT_LEXICAL_WEIGHT;
  const queryTermsByLanguage = new Map<Language, string[]>();
  const termsFor = (language: Language) => {
    let terms = queryTermsByLanguage.get(language);
    if (!terms) queryTermsByLanguage.set(language, (terms = tokenizeForSearch(query, language)));
    return terms;
  };
  const lexical = docs.map((doc) => bm25Score(termsFor(doc.language), tokenizeForSearch(doc.text, doc.language), options.statistics));
  const maxLexical = Math.max(...lexical, 1e-9);
  return docs.map((doc, i) => lexicalWeight * (lexical[i]! / maxLexical) + (1 - lexicalWeight) * Math.max(0, doc.vectorSimilarity));
}
