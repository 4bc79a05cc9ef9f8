import { describe, expect, it } from "vitest";
import { resolveUiLocale } from "./resolve-locale";

describe("resolveUiLocale", () => {
  it("prefers the member's profile setting over everything else", () => {
    expect(resolveUiLocale({ profileLocale: "de", cookieLocale: "en", acceptLanguage: "en-US,en;q=0.9" })).toBe("de");
    expect(resolveUiLocale({ profileLocale: "en", acceptLanguage: "de-DE" })).toBe("en");
  });

  it("uses the switcher's cookie when there is no profile setting", () => {
    expect(resolveUiLocale({ profileLocale: null, cookieLocale: "de", acceptLanguage: "en" })).toBe("de");
  });

  it("matches Accept-Language by quality and region", () => {
    expect(resolveUiLocale({ acceptLanguage: "de-AT,de;q=0.9,en;q=0.5" })).toBe("de");
    expect(resolveUiLocale({ acceptLanguage: "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7" })).toBe("de");
    expect(resolveUiLocale({ acceptLanguage: "en-GB,de;q=0.5" })).toBe("en");
  });

  it("falls back to English for unknown, malformed or missing preferences", () => {
    expect(resolveUiLocale({ acceptLanguage: "fr-FR,ja;q=0.5" })).toBe("en");
    expect(resolveUiLocale({ acceptLanguage: ";;;q=abc" })).toBe("en");
    expect(resolveUiLocale({ profileLocale: "xx", cookieLocale: "fr" })).toBe("en");
    expect(resolveUiLocale({})).toBe("en");
  });
});
