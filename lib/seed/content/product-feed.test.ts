import { describe, expect, it } from "vitest";
import { mapProducts } from "@/lib/rag/product-feed/map-products";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";
import { FEED_PRESETS, suggestMapping } from "@/lib/rag/product-feed/presets";
import { NORDLICHT_FEED_COLUMNS, NORDLICHT_PRODUCT_FEED_CSV, NORDLICHT_PRODUCTS } from "./nordlicht-products";
import { NORDLICHT_SITE } from "./sites";

describe("Nordlicht product feed", () => {
  const feed = parseFeed(NORDLICHT_PRODUCT_FEED_CSV);

  it("parses as a comma-separated feed with every row intact", () => {
    expect(feed.errors).toEqual([]);
    expect(feed.delimiter).toBe(",");
    expect(feed.headers).toEqual([...NORDLICHT_FEED_COLUMNS]);
    expect(feed.rows).toHaveLength(NORDLICHT_PRODUCTS.length);
    expect(NORDLICHT_PRODUCTS.length).toBeGreaterThanOrEqual(12);
    expect(NORDLICHT_PRODUCTS.length).toBeLessThanOrEqual(16);
  });

  it("is recognised as a Google Merchant Center feed", () => {
    expect(suggestMapping(feed.headers).preset).toBe("google_merchant");
  });

  it("maps every product without errors under the Merchant Center preset", () => {
    const { products, errors } = mapProducts(feed.rows, FEED_PRESETS.google_merchant.mapping);
    expect(errors).toEqual([]);
    expect(products.map((product) => product.externalId)).toEqual(NORDLICHT_PRODUCTS.map((row) => row.id));
    for (const product of products) {
      expect(product.price, product.externalId).toBeGreaterThan(0);
      expect(product.currency, product.externalId).toBe("EUR");
      expect(product.url, product.externalId).toMatch(new RegExp(`^${NORDLICHT_SITE.url}/p/[a-z0-9-]+$`));
      expect(product.imageUrl, product.externalId).toMatch(/^https:\/\/nordlicht\.example\/images\//);
      expect(product.category, product.externalId).toMatch(/^\S.* > \S/);
      expect(Object.keys(product.attributes).sort(), product.externalId).toEqual(["Brand", "Color", "Gender", "Material", "Size"]);
    }
  });

  it("keeps descriptions of 2 to 4 sentences, ids and links unique", () => {
    for (const row of NORDLICHT_PRODUCTS) {
      const sentences = row.description.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
      expect(sentences, row.id).toBeGreaterThanOrEqual(2);
      expect(sentences, row.id).toBeLessThanOrEqual(4);
    }
    expect(new Set(NORDLICHT_PRODUCTS.map((row) => row.id)).size).toBe(NORDLICHT_PRODUCTS.length);
    expect(new Set(NORDLICHT_PRODUCTS.map((row) => row.link)).size).toBe(NORDLICHT_PRODUCTS.length);
  });

  it("reads the exact price of a quoted row back", () => {
    const { products } = mapProducts(feed.rows, FEED_PRESETS.google_merchant.mapping);
    expect(products.find((product) => product.externalId === "NL-5001")).toMatchObject({ name: "Natt -5 Daunenschlafsack", price: 379 });
  });
});
