import { describe, expect, it } from "vitest";
import { buildUtmUrl, normalizeUtmValue, type Utm } from "./utm";

const utm: Utm = { source: "google", medium: "cpc", campaign: "spring_sale", content: null, term: null };

describe("normalizeUtmValue", () => {
  it("lowercases, turns spaces into underscores and drops other characters", () => {
    expect(normalizeUtmValue("  Spring Sale 2026! ")).toBe("spring_sale_2026");
  });
  it("transliterates umlauts instead of dropping them", () => {
    expect(normalizeUtmValue("Frühling Größen")).toBe("fruehling_groessen");
  });
  it("keeps hyphens and dots and leaves valid values unchanged", () => {
    expect(normalizeUtmValue("paid-social.v2")).toBe("paid-social.v2");
  });
});

describe("buildUtmUrl", () => {
  it("appends the parameters in a stable order and skips null ones", () => {
    expect(buildUtmUrl("https://shop.example/fjell", utm)).toBe(
      "https://shop.example/fjell?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale",
    );
  });
  it("keeps existing query parameters and the fragment", () => {
    const url = new URL(buildUtmUrl("https://shop.example/fjell?color=red#size", { ...utm, content: "banner_a" }));
    expect(url.searchParams.get("color")).toBe("red");
    expect(url.searchParams.get("utm_content")).toBe("banner_a");
    expect(url.hash).toBe("#size");
  });
  it("replaces existing utm parameters, including ones the new set leaves out", () => {
    const url = new URL(buildUtmUrl("https://shop.example/?utm_source=old&utm_content=stale&UTM_TERM=x", utm));
    expect(url.searchParams.getAll("utm_source")).toEqual(["google"]);
    expect(url.searchParams.has("utm_content")).toBe(false);
    expect(url.searchParams.has("UTM_TERM")).toBe(false);
  });
  it("normalises values with spaces or symbols, so the URL never carries them", () => {
    expect(buildUtmUrl("https://shop.example/", { ...utm, campaign: "Spring Sale" })).toContain("utm_campaign=spring_sale");
  });
  it("keeps a URL-safe value as written: its casing is the workspace's UTM convention's (validation checks it)", () => {
    expect(buildUtmUrl("https://shop.example/", { ...utm, campaign: "SPW_Pendeln_spring2027" })).toContain("utm_campaign=SPW_Pendeln_spring2027");
  });
  it("throws on a relative URL", () => {
    expect(() => buildUtmUrl("/fjell", utm)).toThrow(TypeError);
  });
});
