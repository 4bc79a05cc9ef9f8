import { isNearDuplicate } from "@/lib/rag/dedupe";
import type { Classification } from "../classification";

export type SimhashEntry = { sourceId: string; title: string; classification: Classification; simhash: bigint };

/**
 * Near-duplicate lookup without comparing against every source: two 64-bit simhashes within
 * Hamming distance 3 agree exactly on at least one of four 16-bit bands (pigeonhole), so only
 * entries sharing a band are compared.
 */
export class SimhashIndex {
  private readonly bands = new Map<string, SimhashEntry[]>();

  constructor(entries: SimhashEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  private static bandKeys(simhash: bigint): string[] {
    const unsigned = BigInt.asUintN(64, simhash);
    return [0n, 1n, 2n, 3n].map((band) => `${band}:${(unsigned >> (band * 16n)) & 0xffffn}`);
  }

  add(entry: SimhashEntry) {
    for (const key of SimhashIndex.bandKeys(entry.simhash)) {
      const bucket = this.bands.get(key);
      if (bucket) bucket.push(entry);
      else this.bands.set(key, [entry]);
    }
  }

  findNearDuplicate(sourceId: string, simhash: bigint): SimhashEntry | undefined {
    for (const key of SimhashIndex.bandKeys(simhash)) {
      const match = this.bands.get(key)?.find((entry) => entry.sourceId !== sourceId && isNearDuplicate(entry.simhash, simhash));
      if (match) return match;
    }
    return undefined;
  }
}
