import { describe, expect, it } from "vitest";
import { mapProducts } from "./map-products";
import { attributeLabel, formatAttributeValue, guessAttributeType, parseNumberWithUnit, toProductAttribute } from "./product-attributes";

describe("parseNumberWithUnit", () => {
  it.each([
    ["1.2 kg", 1.2, "kg"],
    ["1,2 kg", 1.2, "kg"],
    ["10000 mm", 10000, "mm"],
    ["10.000 mm", 10000, "mm"],
    ["20 000 mm", 20000, "mm"],
    ["-5 °C", -5, "°C"],
    ["45%", 45, "%"],
    ["420g", 420, "g"],
    ["42", 42, null],
  ])("%s → %d %s", (raw, value, unit) => {
    expect(parseNumberWithUnit(raw)).toEqual({ value, unit });
  });

  it.each(["4006381333931", "0012", "12 x 30 cm", "M", "12 pieces, assorted colours", ""])("%s is not a number", (raw) => {
    expect(parseNumberWithUnit(raw)).toBeNull();
  });
});

describe("guessAttributeType", () => {
  it("types a column from all its values", () => {
    expect(guessAttributeType(["1.2 kg", "900 g", ""])).toBe("number");
    expect(guessAttributeType(["10000 mm", "20000 mm"])).toBe("number");
    expect(guessAttributeType(["a|b|c", "d|e"])).toBe("list");
    expect(guessAttributeType(["red, blue", "green, black, grey"])).toBe("list");
    expect(guessAttributeType(["Fjord blue", "Slate grey"])).toBe("text");
    expect(guessAttributeType(["Warm, light and packable.", "Made in Portugal."])).toBe("text");
    expect(guessAttributeType(["4006381333931", "4006381333948"])).toBe("text");
    expect(guessAttributeType(["S", "M", "L"])).toBe("text");
  });
});

describe("typed attributes", () => {
  it("keeps a cell that does not fit its column's type as text, and formats values as the text states them", () => {
    expect(toProductAttribute("number", "Weight", "about a kilo")).toEqual({ type: "text", label: "Weight", value: "about a kilo" });
    expect(toProductAttribute("list", "Languages", "de | en")).toEqual({ type: "list", label: "Languages", value: ["de", "en"] });
    expect(toProductAttribute("text", "Colour", " ")).toBeNull();
    expect(formatAttributeValue({ type: "number", label: "Weight", value: 1.2, unit: "kg" })).toBe("1.2 kg");
    expect(formatAttributeValue({ type: "list", label: "Languages", value: ["de", "en"] })).toBe("de, en");
  });

  it("labels columns for people", () => {
    expect(attributeLabel("waterproof_rating")).toBe("Waterproof rating");
    expect(attributeLabel("g:color")).toBe("Color");
    expect(attributeLabel("Variant SKU")).toBe("Variant SKU");
  });

  it("maps extra columns with chosen or guessed types, text lines from the typed values", () => {
    const rows = [
      { line: 2, values: { id: "p1", name: "Fjell", weight: "1,2 kg", waterproof_rating: "10000 mm", languages: "de|en", colour: "Fjord blue" } },
      { line: 3, values: { id: "p2", name: "Rygg", weight: "900 g", waterproof_rating: "5000 mm", languages: "de", colour: "Slate grey" } },
    ];
    const { products } = mapProducts(rows, { id: "id", name: "name", attributes: ["weight", "waterproof_rating", "languages", "colour"], attributeTypes: { languages: "list" } });
    expect(products[0]!.typedAttributes).toEqual({
      Weight: { type: "number", label: "Weight", value: 1.2, unit: "kg" },
      "Waterproof rating": { type: "number", label: "Waterproof rating", value: 10000, unit: "mm" },
      Languages: { type: "list", label: "Languages", value: ["de", "en"] },
      Colour: { type: "text", label: "Colour", value: "Fjord blue" },
    });
    expect(products[0]!.attributes).toEqual({ Weight: "1.2 kg", "Waterproof rating": "10000 mm", Languages: "de, en", Colour: "Fjord blue" });
    expect(products[1]!.typedAttributes!.Languages).toEqual({ type: "list", label: "Languages", value: ["de"] });
  });
});
