import { describe, expect, it } from "vitest";
import { mapProducts } from "./map-products";
import { parseFeed } from "./parse-feed";
import { suggestMapping } from "./presets";

function importText(text: string, options?: { defaultCurrency?: string }) {
  const feed = parseFeed(text);
  const { preset, mapping } = suggestMapping(feed.headers);
  return { preset, feed, ...mapProducts(feed.rows, mapping, options) };
}

describe("mapProducts with presets", () => {
  it("imports a Shopify export: HTML body to text, variant rows folded into their product", () => {
    const csv = [
      "Handle,Title,Body (HTML),Vendor,Type,Tags,Variant SKU,Variant Price,Image Src",
      'trail-runner,Trail Runner,"<p>Grippy <strong>outsole</strong>.</p><ul><li>Light</li></ul>",Nordlicht,Shoes,"trail, running",TR-42,49.90,https://cdn.example/tr.jpg',
      "trail-runner,,,,,,TR-43,49.90,https://cdn.example/tr-2.jpg",
      "rain-jacket,Rain Jacket,Keeps you dry &amp; warm.,Nordlicht,Jackets,,RJ-1,129.00,",
    ].join("\n");
    const { preset, products, errors } = importText(csv, { defaultCurrency: "EUR" });
    expect(preset).toBe("shopify");
    expect(errors).toEqual([]);
    expect(products).toEqual([
      {
        externalId: "trail-runner",
        name: "Trail Runner",
        description: "Grippy outsole.\n\nLight",
        category: "Shoes",
        price: 49.9,
        currency: "EUR",
        url: null,
        imageUrl: "https://cdn.example/tr.jpg",
        attributes: { Vendor: "Nordlicht", Tags: "trail, running", "Variant SKU": "TR-42" },
        typedAttributes: {
          Vendor: { type: "text", label: "Vendor", value: "Nordlicht" },
          Tags: { type: "list", label: "Tags", value: ["trail", "running"] },
          "Variant SKU": { type: "text", label: "Variant SKU", value: "TR-42" },
        },
        line: 2,
      },
      expect.objectContaining({ externalId: "rain-jacket", description: "Keeps you dry & warm.", price: 129, imageUrl: null, line: 4 }),
    ]);
  });

  it("imports a WooCommerce export, taking the first of several images", () => {
    const csv = [
      "ID,Type,SKU,Name,Description,Regular price,Categories,Tags,Images",
      '17,simple,WS-1,Wool Socks,Warm socks.,"12,90","Clothing > Socks",,"https://shop.example/a.jpg, https://shop.example/b.jpg"',
    ].join("\n");
    const { preset, products, errors } = importText(csv);
    expect(preset).toBe("woocommerce");
    expect(errors).toEqual([]);
    expect(products[0]).toMatchObject({
      externalId: "17",
      name: "Wool Socks",
      category: "Clothing > Socks",
      price: 12.9,
      currency: null,
      imageUrl: "https://shop.example/a.jpg",
      attributes: { SKU: "WS-1" },
    });
  });

  it("imports a Google Merchant feed with the currency in the price", () => {
    const tsv = [
      "id\ttitle\tdescription\tprice\tlink\timage_link\tproduct_type\tbrand\tcolor",
      "G1\tDown Jacket\tWarm at minus 20 °C.\t249.00 EUR\thttps://shop.example/down\thttps://shop.example/down.jpg\tApparel > Jackets\tNordlicht\tblack",
    ].join("\n");
    const { preset, products } = importText(tsv);
    expect(preset).toBe("google_merchant");
    expect(products[0]).toMatchObject({
      externalId: "G1",
      price: 249,
      currency: "EUR",
      url: "https://shop.example/down",
      category: "Apparel > Jackets",
      attributes: { Brand: "Nordlicht", Color: "black" },
    });
  });
});

describe("mapProducts row checks", () => {
  it("reads German decimal commas and thousands points", () => {
    const { products, errors } = importText("Artikelnummer;Bezeichnung;Preis;Währung\nA1;Zelt;1.299,00;EUR\nA2;Socken;9,90;\n", {
      defaultCurrency: "eur",
    });
    expect(errors).toEqual([]);
    expect(products.map((product) => [product.price, product.currency])).toEqual([
      [1299, "EUR"],
      [9.9, "EUR"],
    ]);
  });

  it("reports missing ids and names, bad prices and duplicates on the right lines", () => {
    const csv = [
      "id,name,description,price", // 1
      '1,Tent,"Two rooms,', // 2
      'sleeps four.",299.00', // 3
      ",No Id,x,1", // 4
      "3,,No name,1", // 5
      "4,Negative,x,-5", // 6
      "5,Words,x,cheap", // 7
      "1,Tent again,x,199", // 8
      "6,Fine,,", // 9
    ].join("\n");
    const { products, errors } = importText(csv);
    expect(products.map((product) => [product.externalId, product.line])).toEqual([
      ["1", 2],
      ["6", 9],
    ]);
    expect(products[1]).toMatchObject({ description: "", price: null, currency: null, attributes: {} });
    expect(errors).toEqual([
      { line: 4, message: "The product id (column “id”) is empty." },
      { line: 5, message: "The product name (column “name”) is empty." },
      { line: 6, message: "The price “-5” is negative." },
      { line: 7, message: "The price “cheap” is not a number." },
      { line: 8, message: "The product id “1” was already used on line 2; this row was skipped." },
    ]);
  });

  it("says when the mapping lacks an id or name column", () => {
    const { errors } = mapProducts([{ line: 2, values: { title: "Hat" } }], { name: "title" });
    expect(errors).toEqual([{ line: 2, message: "No column is mapped to the product id." }]);
  });

  it("ignores links that are not http(s)", () => {
    const { products } = mapProducts([{ line: 2, values: { id: "1", name: "Hat", url: "javascript:alert(1)", image: "ftp://x/y.jpg" } }], {
      id: "id",
      name: "name",
      url: "url",
      image: "image",
    });
    expect(products[0]).toMatchObject({ url: null, imageUrl: null });
  });
});
