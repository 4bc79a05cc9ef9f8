import { describe, expect, it } from "vitest";
import { INITIAL_BRIEF, parseKeywords, toBriefInput, validateBrief } from "./brief-values";

describe("parseKeywords", () => {
  it("splits on commas, trims, drops empties and repeats", () => {
    expect(parseKeywords(" regenjacke, Softshell ,, regenjacke ,REGENJACKE")).toEqual(["regenjacke", "Softshell"]);
    expect(parseKeywords("")).toEqual([]);
  });
});

describe("validateBrief", () => {
  it("asks for a channel and for a product or topic", () => {
    expect(validateBrief(INITIAL_BRIEF)).toEqual({ assetKinds: "Choose at least one channel.", topic: "Choose a product or enter a topic." });
  });

  it("accepts a product without a topic", () => {
    expect(validateBrief({ ...INITIAL_BRIEF, productSourceId: "src_1", assetKinds: ["meta-ad"] })).toEqual({});
  });

  it("asks for a product when product feed copy is chosen for a topic, as the route does", () => {
    const topic = { ...INITIAL_BRIEF, topic: "Rain jackets", assetKinds: ["meta-ad", "merchant-feed"] as const };
    expect(validateBrief({ ...topic, assetKinds: [...topic.assetKinds] })).toEqual({
      assetKinds: "Product feed copy is written for one product of the feed and keyed by its product id: choose a product, or untick Product feed copy for a brief about a topic.",
    });
    expect(validateBrief({ ...topic, assetKinds: [...topic.assetKinds], productSourceId: "src_1" })).toEqual({});
  });

  it("allows at most 10 keywords", () => {
    const keywords = Array.from({ length: 11 }, (_, index) => `k${index}`).join(",");
    expect(validateBrief({ ...INITIAL_BRIEF, topic: "Rain", assetKinds: ["seo-page"], keywords }).keywords).toBe("At most 10 keywords; you have 11.");
  });
});

describe("toBriefInput", () => {
  it("trims texts and turns keywords into an array", () => {
    expect(toBriefInput({ ...INITIAL_BRIEF, topic: " Rain jackets ", keywords: "a, b", assetKinds: ["seo-page"] })).toEqual({
      productSourceId: null,
      topic: "Rain jackets",
      audience: "",
      goal: "",
      tone: "",
      keywords: ["a", "b"],
      language: "de",
      assetKinds: ["seo-page"],
    });
  });
});

describe("fromBriefInput", () => {
  it("gives back form values that turn into the same brief", async () => {
    const { fromBriefInput, toBriefInput } = await import("./brief-values");
    const brief = { productSourceId: "src_1", topic: "Rain", audience: "Cyclists", goal: "", tone: "warm", keywords: ["regenjacke", "pendeln"], language: "de" as const, assetKinds: ["meta-ad" as const] };
    expect(fromBriefInput(brief).keywords).toBe("regenjacke, pendeln");
    expect(toBriefInput(fromBriefInput(brief))).toEqual(brief);
  });
});
