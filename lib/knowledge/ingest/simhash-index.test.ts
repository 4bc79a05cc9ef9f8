import { describe, expect, it } from "vitest";
import { SimhashIndex } from "./simhash-index";

const entry = (sourceId: string, simhash: bigint) => ({ sourceId, title: sourceId, classification: "internal" as const, simhash });

describe("SimhashIndex", () => {
  it("finds an entry a few bits away in any band, never the source itself", () => {
    const base = 0x0123_4567_89ab_cdefn;
    const index = new SimhashIndex([entry("src_a", base)]);
    expect(index.findNearDuplicate("src_b", base ^ 0b101n)?.sourceId).toBe("src_a");
    expect(index.findNearDuplicate("src_b", base ^ (1n << 63n))?.sourceId).toBe("src_a");
    expect(index.findNearDuplicate("src_a", base)).toBeUndefined();
  });

  it("ignores entries far apart and finds entries added later", () => {
    const index = new SimhashIndex([]);
    index.add(entry("src_a", 0n));
    expect(index.findNearDuplicate("src_b", -1n)).toBeUndefined();
    index.add(entry("src_c", -1n ^ 1n));
    expect(index.findNearDuplicate("src_b", -1n)?.sourceId).toBe("src_c");
  });
});
