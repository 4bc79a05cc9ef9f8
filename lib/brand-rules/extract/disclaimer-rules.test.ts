import { describe, expect, it } from "vitest";
import { readDisclaimers } from "./disclaimer-rules";

describe("readDisclaimers: the product feed", () => {
  it("reads a note for the Merchant Center feed as one for product feed copy only", () => {
    expect(readDisclaimers("„Farbe kann je nach Bildschirm abweichen.“ – nur im Produktfeed", "de", "de")).toEqual([
      { channel: "merchant-feed", language: "de", text: "Farbe kann je nach Bildschirm abweichen." },
    ]);
    expect(readDisclaimers('Only in Merchant Center: "Colours may vary by screen."', "en", "en").map((rule) => rule.channel)).toEqual(["merchant-feed"]);
  });
});
