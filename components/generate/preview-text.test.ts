import { describe, expect, it } from "vitest";
import { displayUrl, pageUrlFromHreflang, pickForPreview, serpBreadcrumb, trackingUrl, truncateVisible } from "./preview-text";

describe("truncateVisible", () => {
  it("cuts by graphemes and marks the cut", () => {
    expect(truncateVisible("Grüße aus Köln", 5)).toBe("Grüße…");
    expect(truncateVisible("👍🏽👍🏽👍🏽", 2)).toBe("👍🏽👍🏽…");
    expect(truncateVisible("kurz", 10)).toBe("kurz");
  });
});

describe("serpBreadcrumb", () => {
  it("shows host and path segments, then the slug", () => {
    expect(serpBreadcrumb("https://shop.example/de/", "regenjacke-damen")).toBe("shop.example › de › regenjacke-damen");
    expect(serpBreadcrumb("https://shop.example/de/regenjacke-damen", "regenjacke-damen")).toBe("shop.example › de › regenjacke-damen");
    expect(serpBreadcrumb(null, "x")).toBe("your-site.example › x");
  });
});

describe("displayUrl", () => {
  it("joins host and paths, and ignores path2 without path1", () => {
    expect(displayUrl("https://www.shop.example/a?b=1", "Jacken", "Damen")).toBe("shop.example/Jacken/Damen");
    expect(displayUrl("https://shop.example", null, "Damen")).toBe("shop.example");
  });
});

describe("pickForPreview", () => {
  it("puts pinned texts in their position and fills the rest in order", () => {
    const headlines = [
      { text: "A", citations: [], pin: null },
      { text: "B", citations: [], pin: 1 as const },
      { text: "", citations: [], pin: null },
      { text: "C", citations: [], pin: null },
    ];
    expect(pickForPreview(headlines, 3).map((h) => h.text)).toEqual(["B", "A", "C"]);
  });
});

describe("trackingUrl", () => {
  it("adds UTM parameters, or returns null for a relative URL", () => {
    const utm = { source: "google", medium: "cpc", campaign: "Spring Sale", content: null, term: null };
    expect(trackingUrl("https://shop.example/fjell", utm)).toBe("https://shop.example/fjell?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale");
    expect(trackingUrl("/fjell", utm)).toBeNull();
  });
});

describe("pageUrlFromHreflang", () => {
  it("prefers the page language, then x-default, then the first entry", () => {
    const entries = [
      { language: "en-GB", url: "https://shop.example/en/x" },
      { language: "de-DE", url: "https://shop.example/de/x" },
      { language: "x-default", url: "https://shop.example/x" },
    ];
    expect(pageUrlFromHreflang(entries, "de")).toBe("https://shop.example/de/x");
    expect(pageUrlFromHreflang(entries.slice(2), "de")).toBe("https://shop.example/x");
    expect(pageUrlFromHreflang([], "de")).toBeNull();
  });
});
