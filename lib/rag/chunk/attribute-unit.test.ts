import { describe, expect, it } from "vitest";
import { moveUnitToValue } from "./attribute-unit";

describe("moveUnitToValue", () => {
  it.each([
    ["Weight g", "95", { label: "Weight", value: "95 g" }],
    ["Capacity wh", "625", { label: "Capacity", value: "625 Wh" }],
    ["Gewicht (kg)", "1,2", { label: "Gewicht", value: "1,2 kg" }],
    ["Höhe in cm", "40", { label: "Höhe", value: "40 cm" }],
    ["Lux", "70", { label: "", value: "70 lux" }],
  ])("%s: %s → %o", (label, value, expected) => {
    expect(moveUnitToValue(label, value)).toEqual(expected);
  });

  it("leaves labels without a unit and values that are not bare numbers alone", () => {
    expect(moveUnitToValue("Color", "Black")).toBeNull();
    expect(moveUnitToValue("Size", "42")).toBeNull();
    expect(moveUnitToValue("Weight g", "95 g")).toBeNull();
    expect(moveUnitToValue("Tag", "12")).toBeNull();
  });
});
