/**
 * Seeded pseudo-random numbers, so a budget recommendation can be reproduced exactly from its
 * inputs and seed (Math.random cannot be seeded). sfc32 passes PractRand and BigCrush-style
 * batteries and is fast in 32-bit JS arithmetic; statistical quality matters here because
 * Thompson sampling draws tens of thousands of variates per allocation.
 */
export type Rng = () => number;

/** FNV-1a over the string's UTF-16 units: turns a seed like "workspace-42:2026-11" into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** splitmix32 step: spreads one 32-bit seed into well-mixed state words for sfc32. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** Uniform numbers in [0, 1) from sfc32, deterministic for a given seed. */
export function createRng(seed: number | string): Rng {
  let state = typeof seed === "string" ? hashSeed(seed) : seed >>> 0;
  const words: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [nextState, word] = splitmix32(state);
    state = nextState;
    words.push(word);
  }
  let [a, b, c] = words as [number, number, number];
  let counter = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to decorrelate from the seed.
  for (let i = 0; i < 12; i++) next();
  return next;
}
