import { describe, expect, it } from "vitest";
import { FeatureCounter } from "./feature-counter";

describe("FeatureCounter", () => {
  it("counts per key, including keys that collide in the table, and survives growth", () => {
    const counter = new FeatureCounter(16);
    const keys = Array.from({ length: 1000 }, (_, index) => (index * 16) >>> 0); // same low bits: worst-case probing
    for (const key of keys) counter.add(key);
    counter.add(keys[5] ?? 0, 2.5);
    expect(counter.size).toBe(1000);
    expect(counter.get(keys[5] ?? 0)).toBe(3.5);
    expect(counter.get(keys[999] ?? 0)).toBe(1);
    expect(counter.get(123457)).toBe(0);
    let total = 0;
    counter.forEach((_key, count) => (total += count));
    expect(total).toBe(1002.5);
  });

  it("handles keys above 2^31 as unsigned", () => {
    const counter = new FeatureCounter();
    counter.add(0xffffffff);
    counter.add(0xffffffff);
    const seen: number[] = [];
    counter.forEach((key) => seen.push(key));
    expect(seen).toEqual([0xffffffff]);
    expect(counter.get(0xffffffff)).toBe(2);
  });
});
