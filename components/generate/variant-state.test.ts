import { describe, expect, it } from "vitest";
import type { ResultEvent } from "./parse-event";
import { addVariant, initialVariants, keepVariant, nextVariant, repeatsShownDraft } from "./variant-state";

function result(assetId: string): ResultEvent {
  return {
    type: "result",
    kind: "meta-ad",
    assetId,
    version: 1,
    content: {} as ResultEvent["content"],
    validation: { valid: true, issues: [], counts: { errors: 0, warnings: 0 } },
    sources: [],
    model: "local",
    isLocalExtractive: true,
    isBestEffort: false,
    privacy: null,
    omissions: [],
    compliance: null,
  };
}

describe("variants on a result card", () => {
  it("shows a second variant next to the first; keeping it archives the first and leaves it as the card", () => {
    const two = addVariant(initialVariants(result("first")), 1, result("second"));
    expect(two.current.result.assetId).toBe("first");
    expect(two.candidate).toEqual({ variant: 1, result: result("second") });

    const kept = keepVariant(two, "candidate");
    expect(kept.archiveAssetId).toBe("first");
    expect(kept.state.current).toEqual({ variant: 1, result: result("second") });
    expect(kept.state.candidate).toBeNull();
    // The next "Another variant" asks for a wording not seen yet.
    expect(nextVariant(kept.state)).toBe(2);
  });

  it("keeping the first archives the second", () => {
    const kept = keepVariant(addVariant(initialVariants(result("first")), 1, result("second")), "current");
    expect(kept.archiveAssetId).toBe("second");
    expect(kept.state.current.result.assetId).toBe("first");
    expect(kept.state.candidate).toBeNull();
    expect(nextVariant(kept.state)).toBe(2);
  });

  it("does not offer the same draft as a second choice, and stops after the last variant", () => {
    const same = addVariant(initialVariants(result("first")), 1, result("first"));
    expect(same.candidate).toBeNull();
    expect(keepVariant(same, "candidate")).toEqual({ state: same, archiveAssetId: null });
    let state = initialVariants(result("a"));
    for (const variant of [1, 2, 3]) state = keepVariant(addVariant(state, variant, result(`v${variant}`)), "candidate").state;
    expect(state.current.variant).toBe(3);
    expect(nextVariant(state)).toBeNull();
  });

  it("recognises a variant that came out as the draft already shown, and says so", () => {
    const state = initialVariants(result("first"));
    expect(repeatsShownDraft(state, result("first"))).toBe(true);
    expect(repeatsShownDraft(state, result("second"))).toBe(false);
    const two = addVariant(state, 1, result("second"));
    expect(repeatsShownDraft(two, result("second"))).toBe(true);
  });
});
