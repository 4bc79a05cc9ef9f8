import { describe, expect, it } from "vitest";
import { contentHash, hammingDistance, isNearDuplicate, simhash64 } from "./dedupe";

/** A deterministic pseudo-random text, so the test does not depend on a fixture file. */
function generatedText(seed: number, words: number): string {
  const vocabulary = "trail shoe jacket rain warm light boot sole grip wool sock pack tent hike summit river forest snow wind cold dry wet fit size colour comfort weather season walk climb camp map route path stone valley ridge lake cabin fire night morning sun cloud storm".split(" ");
  let state = seed;
  return Array.from({ length: words }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return vocabulary[state % vocabulary.length];
  }).join(" ");
}

describe("contentHash", () => {
  it("is a sha256 hex digest that ignores whitespace and line-ending differences", () => {
    const hash = contentHash("Warm jacket.\r\n\r\nLight   weight.");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("  Warm jacket.\n\nLight weight.  ")).toBe(hash);
    expect(contentHash("Warm jacket.\n\nLight weight!")).not.toBe(hash);
  });
});

describe("simhash64", () => {
  it("gives identical texts distance 0", () => {
    const text = generatedText(1, 400);
    expect(hammingDistance(simhash64(text), simhash64(text))).toBe(0);
  });

  it("keeps a long text with one changed word a near duplicate", () => {
    // Simhash is statistical: one edit changes 6 of ~1,500 shingles and flips about two of 64
    // bits on average, occasionally more. So the claim is checked over many edit positions.
    const text = generatedText(7, 1500);
    const words = text.split(" ");
    const original = simhash64(text);
    const distances = Array.from({ length: 30 }, (_, index) => {
      const position = index * 50 + 3;
      return hammingDistance(original, simhash64(words.map((word, i) => (i === position ? "zebra" : word)).join(" ")));
    });
    const nearShare = distances.filter((distance) => distance <= 3).length / distances.length;
    const mean = distances.reduce((sum, distance) => sum + distance, 0) / distances.length;
    expect(distances.some((distance) => distance > 0)).toBe(true); // the edits are seen at all
    expect(nearShare).toBeGreaterThanOrEqual(0.9);
    expect(mean).toBeLessThan(3);
  });

  it("separates unrelated texts", () => {
    const a = simhash64(generatedText(11, 400));
    const b = simhash64(generatedText(99, 400));
    expect(hammingDistance(a, b)).toBeGreaterThan(10);
    expect(isNearDuplicate(a, b)).toBe(false);
  });

  it("fits a signed 64-bit column and ignores case and punctuation", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const hash = simhash64(generatedText(seed, 100));
      expect(hash).toBeGreaterThanOrEqual(-(2n ** 63n));
      expect(hash).toBeLessThan(2n ** 63n);
    }
    expect(simhash64("Warm, light JACKET for rain!")).toBe(simhash64("warm light jacket for rain"));
    expect(simhash64("")).toBe(0n);
  });
});

describe("hammingDistance", () => {
  it("counts differing bits, the same for signed and unsigned forms", () => {
    expect(hammingDistance(0n, 0b1011n)).toBe(3);
    expect(hammingDistance(-1n, 0n)).toBe(64);
    expect(hammingDistance(BigInt.asIntN(64, 2n ** 63n), 2n ** 63n)).toBe(0);
    expect(isNearDuplicate(0n, 0b111n)).toBe(true);
    expect(isNearDuplicate(0n, 0b1111n)).toBe(false);
    expect(isNearDuplicate(0n, 0b1111n, 4)).toBe(true);
  });
});
