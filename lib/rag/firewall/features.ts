// Hashed n-gram features for the injection classifier, shared by training
// (scripts/train-injection-classifier.ts) and inference (classifier.ts) so both see exactly the
// same vector. Word unigrams and bigrams carry the phrasing ("your reply", "ignore previous");
// character 3–5-grams inside word boundaries carry paraphrases, inflections (German "Antwort",
// "Antworten") and misspellings. Text arrives in its scan form (normalize.ts).

/** Bits of the hashed feature space: 2^18 buckets keep collisions rare and the weights file small once quantised. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;
const MAX_CHARS = 2_000;

function fnv1a(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Character 3–5-grams of `padded`, hashed incrementally (one FNV pass per start position, no
 * substrings): the n-grams of one start share their prefix, so each adds one multiply.
 */
function addCharGrams(padded: string, buckets: Set<number>): void {
  for (let start = 0; start + 3 <= padded.length; start++) {
    let hash = 0x811c9dc5 ^ 3;
    for (let n = 1; n <= 5 && start + n <= padded.length; n++) {
      hash ^= padded.charCodeAt(start + n - 1);
      hash = Math.imul(hash, 0x01000193);
      if (n >= 3) buckets.add((hash >>> 0) & MASK);
    }
  }
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Sparse feature vector: bucket indices with L2-normalised weights (binary presence). */
export type Features = { indices: Uint32Array; values: Float32Array };

export function extractFeatures(scanText: string): Features {
  const text = scanText.slice(0, MAX_CHARS).toLowerCase().replace(/\d/g, "0");
  const buckets = new Set<number>();
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    buckets.add(fnv1a(word, 1) & MASK);
    if (i + 1 < words.length) buckets.add(fnv1a(`${word} ${words[i + 1]}`, 2) & MASK);
    addCharGrams(` ${word} `, buckets);
  }
  // Quoted payloads, URLs and code fences are typical of planted text; one feature each.
  if (/https?:\/\/|www\./.test(text)) buckets.add(fnv1a("<url>", 9) & MASK);
  if (/["'“”„‘’«»][^"'“”„‘’«»]{3,}["'“”„‘’«»]/.test(text)) buckets.add(fnv1a("<quote>", 9) & MASK);
  if (/```/.test(text)) buckets.add(fnv1a("<code>", 9) & MASK);
  const indices = Uint32Array.from(buckets);
  const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
  return { indices, values: new Float32Array(indices.length).fill(value) };
}
