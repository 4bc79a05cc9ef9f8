import { describe, expect, it } from "vitest";
import { collectCitations, orderCitedChunkIds } from "./cited-sources";

describe("collectCitations", () => {
  it("finds citations at any depth, in document order", () => {
    const content = {
      kind: "seo-page",
      title: { text: "T", citations: ["c1"] },
      faq: [{ question: "Q", answer: { text: "A", citations: ["c2", "c3"] } }],
      internalLinks: [{ url: "https://x", anchorText: "x", citations: ["c1"] }],
      jsonLd: "{}",
    };
    expect(collectCitations(content)).toEqual(["c1", "c2", "c3", "c1"]);
  });

  it("ignores values that are not strings and content without citations", () => {
    expect(collectCitations({ headlines: [{ text: "H", citations: [1, null, "c9"] }] })).toEqual(["c9"]);
    expect(collectCitations(null)).toEqual([]);
  });
});

describe("orderCitedChunkIds", () => {
  it("keeps the generation's order first, then later citations, each once", () => {
    const content = { headlines: [{ text: "H", citations: ["c7", "c2"] }] };
    expect(orderCitedChunkIds(["c1", "c2", "c1"], content)).toEqual(["c1", "c2", "c7"]);
  });
});
