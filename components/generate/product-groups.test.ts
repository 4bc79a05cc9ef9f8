import { describe, expect, it } from "vitest";
import { groupProducts as group, type ProductOption } from "./product-groups";

const UNCATEGORISED = "Other products";
const groupProducts = (products: readonly ProductOption[], query: string, selectedId: string | null) => group(products, query, selectedId, UNCATEGORISED);

const products: ProductOption[] = [
  { id: "1", title: "Fjell Shell Jacket", category: "Jackets", url: null },
  { id: "2", title: "Sarek Trekking Boot", category: "Boots", url: null },
  { id: "3", title: "Kiruna Merino Gloves", category: null, url: null },
  { id: "4", title: "Åre Fleece Jacket", category: "Jackets", url: null },
];

describe("groupProducts", () => {
  it("groups by category in arrival order, with a group for products without one", () => {
    expect(groupProducts(products, "", null).map((group) => [group.category, group.products.map((p) => p.id)])).toEqual([
      ["Jackets", ["1", "4"]],
      ["Boots", ["2"]],
      [UNCATEGORISED, ["3"]],
    ]);
  });

  it("filters by every word in title or category, ignoring case and accents", () => {
    expect(groupProducts(products, "are jack", null).flatMap((group) => group.products.map((p) => p.id))).toEqual(["4"]);
    expect(groupProducts(products, "boots", null).flatMap((group) => group.products.map((p) => p.id))).toEqual(["2"]);
  });

  it("keeps the selected product even when it does not match", () => {
    expect(groupProducts(products, "boot", "3").flatMap((group) => group.products.map((p) => p.id))).toEqual(["2", "3"]);
  });
});
