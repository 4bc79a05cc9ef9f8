import { describe, expect, it } from "vitest";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { FIELD_LIMITS } from "./field-limits";
import { lengthStatus } from "./length-status";

describe("lengthStatus", () => {
  it("warns outside the SEO title range and errors past its hard limit", () => {
    expect(lengthStatus(45, FIELD_LIMITS.seoTitle).state).toBe("ok");
    expect(lengthStatus(20, FIELD_LIMITS.seoTitle)).toEqual({ state: "warning", note: { key: "underRecommended", limit: 30 } });
    expect(lengthStatus(65, FIELD_LIMITS.seoTitle)).toEqual({ state: "warning", note: { key: "overRecommended", over: 5, limit: 60 } });
    expect(lengthStatus(71, FIELD_LIMITS.seoTitle)).toEqual({ state: "error", note: { key: "overLimit", over: 1, limit: 70 } });
  });

  it("has no warning zone for Google Ads limits", () => {
    expect(lengthStatus(30, FIELD_LIMITS.rsaHeadline).state).toBe("ok");
    expect(lengthStatus(31, FIELD_LIMITS.rsaHeadline).state).toBe("error");
  });

  it("only warns for Meta, which truncates instead of rejecting", () => {
    expect(lengthStatus(400, FIELD_LIMITS.metaPrimaryText).state).toBe("warning");
  });

  it("flags empty required fields only", () => {
    expect(lengthStatus(0, FIELD_LIMITS.linkedinHeadline).state).toBe("error");
    expect(lengthStatus(0, FIELD_LIMITS.metaDescription).state).toBe("ok");
  });

  it("is fed grapheme counts: umlauts and emoji count once", () => {
    expect(visibleLength("Grüße 👍🏽")).toBe(7);
  });
});
