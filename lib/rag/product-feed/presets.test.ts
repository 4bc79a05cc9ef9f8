import { describe, expect, it } from "vitest";
import { FEED_PRESETS, suggestMapping } from "./presets";

const SHOPIFY_HEADERS = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published", "Option1 Name", "Option1 Value", "Variant SKU", "Variant Price", "Image Src", "Status"];
const WOO_HEADERS = ["ID", "Type", "SKU", "Name", "Published", "Short description", "Description", "Sale price", "Regular price", "Categories", "Tags", "Images"];
const GOOGLE_HEADERS = ["id", "title", "description", "link", "image_link", "availability", "price", "brand", "gtin", "google_product_category", "color", "size"];

describe("suggestMapping", () => {
  it("recognises a Shopify export", () => {
    expect(suggestMapping(SHOPIFY_HEADERS)).toEqual({
      preset: "shopify",
      mapping: {
        id: "Handle",
        name: "Title",
        description: "Body (HTML)",
        category: "Type",
        price: "Variant Price",
        image: "Image Src",
        attributes: ["Vendor", "Tags", "Variant SKU"],
      },
    });
  });

  it("recognises a WooCommerce export and does not map its product Type as category", () => {
    const { preset, mapping } = suggestMapping(WOO_HEADERS);
    expect(preset).toBe("woocommerce");
    expect(mapping).toMatchObject({ id: "ID", name: "Name", description: "Description", category: "Categories", price: "Regular price", image: "Images" });
    expect(mapping.attributes).toEqual(["SKU", "Tags"]);
  });

  it("recognises a Google Merchant feed, falling back to google_product_category", () => {
    const { preset, mapping } = suggestMapping(GOOGLE_HEADERS);
    expect(preset).toBe("google_merchant");
    expect(mapping).toMatchObject({ id: "id", name: "title", price: "price", url: "link", image: "image_link", category: "google_product_category" });
    expect(mapping.attributes).toEqual(["brand", "color", "size", "gtin"]);
  });

  it("accepts Google's g: prefix and any letter case", () => {
    const { preset, mapping } = suggestMapping(["g:id", "g:title", "g:description", "g:price", "g:link", "g:image_link", "g:product_type"]);
    expect(preset).toBe("google_merchant");
    expect(mapping).toMatchObject({ id: "g:id", name: "g:title", category: "g:product_type" });
  });

  it("maps a hand-made German sheet by synonyms", () => {
    const { preset, mapping } = suggestMapping(["Artikelnummer", "Bezeichnung", "Beschreibung", "Kategorie", "Preis", "Währung", "Link", "Bild", "Farbe", "Größe", "Lagerbestand"]);
    expect(preset).toBeNull();
    expect(mapping).toEqual({
      id: "Artikelnummer",
      name: "Bezeichnung",
      description: "Beschreibung",
      category: "Kategorie",
      price: "Preis",
      currency: "Währung",
      url: "Link",
      image: "Bild",
      attributes: ["Farbe", "Größe"],
    });
  });

  it("never maps one column to two fields, and returns an empty mapping for unknown columns", () => {
    const { mapping } = suggestMapping(["SKU", "Product", "Notes"]);
    expect(mapping).toEqual({ id: "SKU", name: "Product" });
    expect(suggestMapping(["foo", "bar"])).toEqual({ preset: null, mapping: {} });
  });

  it("has presets whose id and name columns are set", () => {
    for (const preset of Object.values(FEED_PRESETS)) {
      expect(preset.label).not.toBe("");
      expect(preset.mapping.id).toBeTruthy();
      expect(preset.mapping.name).toBeTruthy();
    }
  });
});
