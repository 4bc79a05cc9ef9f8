import { describe, expect, it } from "vitest";
import { feedCut, handleOf, hashtagRuns } from "./social-post-preview-text";

describe("feedCut", () => {
  it("shows a short LinkedIn post whole", () => {
    expect(feedCut("linkedin-post", "Short opening.\n\nBody.")).toEqual({ shown: "Short opening.\n\nBody.", cut: false });
  });

  it("cuts a LinkedIn post after 210 characters", () => {
    const text = `${"a".repeat(200)} ${"b".repeat(30)}`;
    const { shown, cut } = feedCut("linkedin-post", text);
    expect(cut).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(210);
  });

  it("cuts after three lines even when they are short (Instagram: two)", () => {
    expect(feedCut("linkedin-post", "One\nTwo\nThree\nFour")).toEqual({ shown: "One\nTwo\nThree", cut: true });
    expect(feedCut("instagram-post", "One\nTwo\nThree")).toEqual({ shown: "One\nTwo", cut: true });
  });

  it("never cuts on X", () => {
    const text = "a".repeat(400);
    expect(feedCut("x-post", text)).toEqual({ shown: text, cut: false });
  });
});

describe("hashtagRuns", () => {
  it("marks hashtags, not anchors in URLs or ampersand entities", () => {
    expect(hashtagRuns("Dry #Fjell and https://x.example/a#b")).toEqual([
      { text: "Dry ", hashtag: false },
      { text: "#Fjell", hashtag: true },
      { text: " and https://x.example/a#b", hashtag: false },
    ]);
  });
});

describe("handleOf", () => {
  it("makes a handle from the brand name", () => {
    expect(handleOf("Nordlicht Outdoor")).toBe("@nordlichtoutdoo");
    expect(handleOf("Café Süd")).toBe("@cafesud");
    expect(handleOf("   ")).toBe("@yourbrand");
  });
});
