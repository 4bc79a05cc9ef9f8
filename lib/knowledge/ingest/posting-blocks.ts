import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";

/**
 * Impact-ordered posting blocks (the layout of knowledge_posting_blocks).
 *
 * A posting's impact is BM25's term-frequency part, tf·(k1+1) / (tf + k1·(1−b+b·len/avglen)),
 * scaled by IMPACT_SCALE and rounded into a smallint (at most (k1+1)·10,000 = 22,000). A query
 * term contributes idf × impact / IMPACT_SCALE, so reading a list in descending impact order
 * reads its largest contributions first (score-at-a-time retrieval, Anh & Moffat 2006). The
 * average length is the workspace's at write time; the exact rescoring step of a query uses the
 * current one, so drift only affects which candidates are read, not their final scores.
 */
export const IMPACT_SCALE = 10_000;
/** Postings per block: small enough that a block's maximum bounds its entries tightly. */
export const BLOCK_SIZE = 128;

export function impactOf(termFrequency: number, length: number, averageLength: number): number {
  const part = (termFrequency * (BM25_K1 + 1)) / (termFrequency + BM25_K1 * (1 - BM25_B + (BM25_B * length) / Math.max(1, averageLength)));
  return Math.max(1, Math.min(32_767, Math.round(part * IMPACT_SCALE)));
}

