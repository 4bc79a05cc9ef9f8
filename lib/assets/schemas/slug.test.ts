import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("transliterates German letters the German way", () => {
    expect(slugify("Größe & Passform für Übergrößen")).toBe("groesse-passform-fuer-uebergroessen");
  });
  it("treats a decomposed umlaut like a composed one", () => {
    expect(slugify("Mu\u0308ller")).toBe("mueller");
  });
  it("strips accents from other languages", () => {
    expect(slugify("Crème brûlée à la carte")).toBe("creme-brulee-a-la-carte");
  });
  it("collapses punctuation and trims hyphens", () => {
    expect(slugify("  --Jacken: 2026 (neu)!--  ")).toBe("jacken-2026-neu");
  });
  it("produces slugs that pass the slug rule", () => {
    expect(isValidSlug(slugify("Ärger über Öl & Straße"))).toBe(true);
  });
});

describe("isValidSlug", () => {
  it.each(["regenjacke", "regenjacke-damen-2026"])("accepts %s", (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });
  it.each(["Regenjacke", "regen--jacke", "-regenjacke", "regenjacke-", "größe", "regen jacke", ""])("rejects %j", (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});
