import { createHash } from "node:crypto";
import { fnv1a, mix32 } from "@/lib/rag/text/hash";
import { normalizeText } from "@/lib/rag/text/normalize";
import { splitWords } from "@/lib/rag/text/tokenize";

/** Identity of a text's content: the same words with other whitespace or line endings hash the same. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeText(text), "utf8").digest("hex");
}

const SHINGLE_SIZE = 3;
const HIGH_SEED = 0x9747b28c;
const LOW_SEED = 0x5bd1e995;

/**
 * 64-bit simhash over word 3-shingles (lower-cased, unstemmed). Texts that differ in a few
 * words get fingerprints a few bits apart, so near-duplicates (a re-upload with a typo fixed,
 * the same page under two URLs) are found by Hamming distance. The 64 bits are returned as a
 * signed integer (two's complement) so the value fits a Postgres `bigint` column.
 */
export function simhash64(text: string): bigint {
  const words = splitWords(text);
  const shingles: string[] = [];
  if (words.length < SHINGLE_SIZE) {
    if (words.length > 0) shingles.push(words.join(" "));
  } else {
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) shingles.push(words.slice(i, i + SHINGLE_SIZE).join(" "));
  }
  const weights = new Int32Array(64);
  for (const shingle of shingles) {
    // Two independent 32-bit hashes make one 64-bit feature hash.
    const high = mix32(fnv1a(shingle, HIGH_SEED));
    const low = mix32(fnv1a(shingle, LOW_SEED));
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  let fingerprint = 0n;
  if (shingles.length === 0) return fingerprint;
  for (let bit = 63; bit >= 0; bit--) fingerprint = (fingerprint << 1n) | ((weights[bit] ?? 0) > 0 ? 1n : 0n);
  return BigInt.asIntN(64, fingerprint);
}

/** Differing bits of two 64-bit fingerprints (signed or unsigned form alike). */
export function hammingDistance(a: bigint, b: bigint): number {
  let difference = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (difference > 0n) {
    difference &= difference - 1n;
    count++;
  }
  return count;
}

/** Three bits of 64 is the threshold Google used for near-duplicate web pages (Manku et al., 2007). */
export function isNearDuplicate(a: bigint, b: bigint, maxDistance = 3): boolean {
  return hammingDistance(a, b) <= maxDistance;
}
