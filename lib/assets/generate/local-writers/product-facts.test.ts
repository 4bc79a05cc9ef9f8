import { describe, expect, it } from "vitest";
import { findProductFacts, parseProductChunk } from "./product-facts";
import { productChunk } from "@/lib/testing/assets/writer-fixtures";

describe("parseProductChunk", () => {
  it("reads the labelled fact lines and the description", () => {
    expect(parseProductChunk(productChunk("en"))).toMatchObject({
      sourceId: "chk_product_en",
      name: "Fjell 3L Hardshell Jacket",
      category: "Jackets > Hardshell",
      price: { amount: 349, currency: "EUR" },
      attributes: [
        { key: "Material", value: "recycled nylon" },
        { key: "Weight", value: "420 g" },
        { key: "Water column", value: "20,000 mm" },
      ],
      url: "https://nordlicht.example/p/fjell-3l",
    });
    expect(parseProductChunk(productChunk("en"))!.description).toMatch(/^The Fjell is a waterproof/);
  });

  it("ignores prose chunks and prices without a currency", () => {
    expect(parseProductChunk({ id: "c", title: "About", version: 1, section: null, url: null, text: "Nordlicht makes jackets." })).toBeNull();
    const noCurrency = { id: "c", title: "X", version: 1, section: null, url: null, text: "Product: X\nPrice: 12.00\n\nA jacket." };
    expect(parseProductChunk(noCurrency)!.price).toBeNull();
  });
});

describe("findProductFacts", () => {
  const fjell = parseProductChunk(productChunk("en"))!;
  const continuation = parseProductChunk({ id: "chk_2", title: "Fjell", version: 3, section: null, url: null, text: "Product: Fjell 3L Hardshell Jacket\nThe hood fits over a helmet." })!;
  const other = parseProductChunk({ id: "chk_other", title: "Vidde", version: 1, section: null, url: null, text: "Product: Vidde Rain Pants\nPrice: 129.00 EUR" })!;

  it("merges the chunks of the brief's product and keeps each fact's chunk id", () => {
    const facts = findProductFacts([other, fjell, continuation], "fjell 3l  hardshell jacket");
    expect(facts).toMatchObject({ name: "Fjell 3L Hardshell Jacket", nameSourceId: "chk_product_en", categoryPath: ["Jackets", "Hardshell"], chunkIds: ["chk_product_en", "chk_2"] });
    expect(facts!.price).toEqual({ amount: 349, currency: "EUR", sourceId: "chk_product_en" });
  });

  it("never takes another product's facts", () => {
    expect(findProductFacts([other], "Fjell 3L Hardshell Jacket")).toBeNull();
    expect(findProductFacts([fjell], null)).toBeNull();
  });

  it("recognises a name the chunker shortened with an ellipsis", () => {
    const shortened = parseProductChunk({ id: "chk_s", title: "Long", version: 1, section: null, url: null, text: "Product: Nordlicht Expedition…\nPrice: 499.00 EUR" })!;
    expect(findProductFacts([shortened], "Nordlicht Expedition Jacket for long tours")?.name).toBe("Nordlicht Expedition Jacket for long tours");
  });
});
