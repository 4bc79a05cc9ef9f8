import { describe, expect, it } from "vitest";
import { countTokens } from "@/lib/rag/text/tokenize";
import { chunkProduct, type ProductRecord } from "./chunk-product";

const product = (overrides: Partial<ProductRecord> = {}): ProductRecord => ({
  externalId: "TR-42",
  name: "Trail Runner 2",
  description: "A light shoe for muddy trails.",
  category: "Shoes > Trail",
  price: 49.9,
  currency: "EUR",
  url: "https://shop.example/trail-runner-2",
  imageUrl: "https://shop.example/tr2.jpg",
  attributes: { colour: "red", size: "42" },
  line: 2,
  ...overrides,
});

describe("chunkProduct", () => {
  it("puts the facts as labelled lines and the description in the first chunk", () => {
    const [chunk, ...rest] = chunkProduct(product());
    expect(rest).toEqual([]);
    expect(chunk).toEqual({
      ordinal: 0,
      sectionPath: ["Trail Runner 2"],
      text: [
        "Product: Trail Runner 2",
        "Category: Shoes > Trail",
        "Price: 49.90 EUR",
        "Attributes: colour: red; size: 42",
        "URL: https://shop.example/trail-runner-2",
        "",
        "A light shoe for muddy trails.",
      ].join("\n"),
      tokenCount: countTokens(chunk?.text ?? ""),
    });
  });

  it("leaves out facts that are missing", () => {
    const [chunk] = chunkProduct(product({ category: null, price: null, url: null, attributes: { colour: "" } }));
    expect(chunk?.text).toBe("Product: Trail Runner 2\nA light shoe for muddy trails.");
    expect(chunkProduct(product({ price: 10, currency: null }))[0]?.text).toContain("Price: 10.00\n");
  });

  it("continues a long description in further chunks, each naming the product", () => {
    const description = Array.from({ length: 60 }, (_, index) => `Detail ${index + 1} about the grippy outsole.`).join(" ");
    const chunks = chunkProduct(product({ description }), { maxTokens: 80, overlapTokens: 10 });
    expect(chunks.length).toBeGreaterThan(3);
    chunks.forEach((chunk, index) => {
      expect(chunk.ordinal).toBe(index);
      expect(chunk.sectionPath).toEqual(["Trail Runner 2"]);
      expect(chunk.text.startsWith("Product: Trail Runner 2\n")).toBe(true);
      expect(chunk.tokenCount).toBeLessThanOrEqual(80);
    });
    expect(chunks[0]?.text).toContain("Price: 49.90 EUR");
    expect(chunks[0]?.text).toContain("Detail 1 about");
    expect(chunks[1]?.text).not.toContain("Price:");
    expect(chunks[chunks.length - 1]?.text).toContain("Detail 60 about the grippy outsole.");
  });
});
