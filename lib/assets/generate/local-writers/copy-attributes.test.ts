import { describe, expect, it } from "vitest";
import { toCopyAttribute } from "./copy-attributes";

describe("toCopyAttribute", () => {
  it("keeps targeting codes out of copy (no 'Gender female' headline)", () => {
    for (const key of ["Gender", "geschlecht", "Age group", "Altersgruppe"]) expect(toCopyAttribute(key, "female", { brand: "Nordlicht", language: "de" })).toBeNull();
  });
  it("names a common attribute in the copy's language and keeps others as written", () => {
    expect(toCopyAttribute("Color", "Moosgrün", { brand: "Nordlicht", language: "de" })).toEqual({ key: "Farbe", value: "Moosgrün" });
    expect(toCopyAttribute("Fill", "Goose down", { brand: "Nordlicht", language: "en" })).toEqual({ key: "Fill", value: "Goose down" });
  });
});
