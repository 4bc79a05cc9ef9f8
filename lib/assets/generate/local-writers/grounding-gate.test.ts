import { describe, expect, it } from "vitest";
import { createGroundingGate } from "./grounding-gate";

describe("createGroundingGate", () => {
  const gate = createGroundingGate(
    new Map([
      ["chk_product", "Price: 349.00 EUR. Weight: 420 g."],
      ["chk_about", "Made in Tromsø since 1998."],
    ]),
  );

  it("accepts numbers its citations state, in any spelling of the same value", () => {
    expect(gate("Ab 349 € und nur 420 g", ["chk_product"])).toEqual(["chk_product"]);
    expect(gate("From €349", ["chk_product"])).toEqual(["chk_product"]);
  });

  it("cites the source of a number that template input brought in", () => {
    expect(gate("Nordlicht since 1998", ["chk_product"])).toEqual(["chk_product", "chk_about"]);
  });

  it("rejects a number no source states, and drops unknown chunk ids", () => {
    expect(gate("Now 20 % off", ["chk_product"])).toBeNull();
    expect(gate("Light and dry", ["chk_unknown", "chk_about"])).toEqual(["chk_about"]);
  });
});
