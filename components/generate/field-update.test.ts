import { describe, expect, it } from "vitest";
import { withFieldText } from "./field-update";
import type { AssetDraft } from "./asset-draft";

const ad = {
  kind: "google-rsa",
  language: "en",
  headlines: [
    { text: "A", citations: ["chk_1"], pin: 1 },
    { text: "B", citations: ["chk_1"], pin: null },
  ],
  descriptions: [],
  path1: null,
  path2: null,
  finalUrl: "https://example.com",
  utm: { source: "google", medium: "cpc", campaign: "x", content: null, term: null },
} as unknown as AssetDraft;

describe("withFieldText", () => {
  it("replaces one headline's text and citations and keeps its pin", () => {
    const next = withFieldText(ad, "headlines[0]", { text: "New", citations: ["chk_2"] }) as unknown as { headlines: unknown[] };
    expect(next.headlines[0]).toEqual({ text: "New", citations: ["chk_2"], pin: 1 });
    expect(next.headlines[1]).toEqual({ text: "B", citations: ["chk_1"], pin: null });
    expect((ad as unknown as { headlines: { text: string }[] }).headlines[0]!.text).toBe("A");
  });

  it("leaves the draft alone for a path that does not exist", () => {
    expect(withFieldText(ad, "headlines[5]", { text: "x", citations: [] })).toBe(ad);
    expect(withFieldText(ad, "title", { text: "x", citations: [] })).toBe(ad);
  });
});
