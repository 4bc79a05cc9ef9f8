import { describe, expect, it } from "vitest";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import { merchantFeed } from "@/lib/testing/assets/validate-fixtures";
import { shoppingCardFacts } from "./shopping-card-facts";

function passage(chunkId: string, text: string): SourcePassage {
  return { chunkId, sourceId: `src_${chunkId}`, version: 1, title: "Feed", url: null, text };
}

const OWN = passage("chk_feed", "Product: Fjell Regenjacke Damen\nPrice: 129.00 EUR\nAttributes: Brand: Nordlicht Outdoor; Color: Moosgrün\nURL: https://www.nordlicht.example/p/fjell\n\nDie Fjell wiegt 350 g.");
const OTHER = passage("chk_other", "Product: Vidde Regenhose\nPrice: 99.00 EUR\nAttributes: Brand: Anderswo\n\nDie Vidde hat seitliche Reißverschlüsse.");

describe("shoppingCardFacts", () => {
  it("reads price, brand and shop from the product chunk the copy cites, in the copy's language", () => {
    expect(shoppingCardFacts(merchantFeed(), [OTHER, OWN])).toEqual({ price: "129\u00a0€", brand: "Nordlicht Outdoor", store: "nordlicht.example" });
    expect(shoppingCardFacts(merchantFeed({ language: "en" }), [OWN]).price).toBe("€129");
  });

  it("never takes another product's facts, and leaves what no cited chunk states unknown", () => {
    expect(shoppingCardFacts(merchantFeed(), [OTHER])).toEqual({ price: null, brand: null, store: null });
    expect(shoppingCardFacts(merchantFeed(), [passage("chk_feed", "Die Fjell wiegt 350 g.")])).toEqual({ price: null, brand: null, store: null });
  });
});
