// Small non-cryptographic hashes for feature hashing (embedder) and simhash (dedupe). They must
// never change: stored vectors and fingerprints depend on them.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of text[start, end), continuing from `seed`. */
export function fnv1a(text: string, seed = FNV_OFFSET, start = 0, end = text.length): number {
  let hash = seed >>> 0;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * murmur3's finaliser. FNV-1a alone leaves the low bits of short keys poorly mixed, and both
 * the bucket (a modulo) and the sign bit are taken from the result.
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seed per feature family, so "abc" as a word and "abc" as a character n-gram differ. */
export function seedFor(family: string): number {
  return mix32(fnv1a(family));
}
