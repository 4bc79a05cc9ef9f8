import { describe, expect, it } from "vitest";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { needsProduct, productKindRefusal } from "./product-kinds";

describe("productKindRefusal", () => {
  it("refuses product feed copy without a product and names the way out", () => {
    expect(productKindRefusal({ productSourceId: null, assetKinds: ["seo-page", "merchant-feed"] })).toBe(
      "Product feed copy is written for one product of the feed and keyed by its product id: choose a product, or untick Product feed copy for a brief about a topic.",
    );
  });

  it("lets every other kind be written about a topic, and every kind about a product", () => {
    expect(productKindRefusal({ productSourceId: null, assetKinds: ASSET_KINDS.filter((kind) => !needsProduct(kind)) })).toBeNull();
    expect(productKindRefusal({ productSourceId: "src_1", assetKinds: [...ASSET_KINDS] })).toBeNull();
  });
});
