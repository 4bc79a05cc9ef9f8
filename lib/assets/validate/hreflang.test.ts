import { describe, expect, it } from "vitest";
import { checkHreflang, isValidHreflang } from "./hreflang";

const entry = (language: string, url = `https://shop.example/${language}/fjell`) => ({ language, url });
const rules = (entries: { language: string; url: string }[], languages = ["de", "en"]) =>
  checkHreflang(entries, languages).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

describe("isValidHreflang", () => {
  it.each(["de", "de-DE", "en-GB", "zh-Hant-TW", "es-419", "x-default"])("accepts %s", (code) => {
    expect(isValidHreflang(code)).toBe(true);
  });
  it.each(["", "german", "de_DE", "en-UK", "d", "de-DEU"])("rejects %j", (code) => {
    expect(isValidHreflang(code)).toBe(false);
  });
});

describe("checkHreflang", () => {
  it("accepts one alternate per workspace language, regional codes included", () => {
    expect(rules([entry("de-DE"), entry("en-GB"), entry("x-default")])).toEqual([]);
  });
  it("requires an alternate for every workspace language", () => {
    const issues = checkHreflang([entry("de")], ["de", "en"]);
    expect(issues).toEqual([expect.objectContaining({ rule: "seo.hreflang.missing_language", path: "hreflang", severity: "error" })]);
    expect(issues[0]?.message).toContain('"en"');
  });
  it("needs no hreflang in a single-language workspace", () => {
    expect(rules([], ["de"])).toEqual([]);
  });
  it("rejects invalid codes, with a hint for en-UK", () => {
    const issues = checkHreflang([entry("de"), entry("en-UK")], ["de", "en"]);
    expect(issues.map((issue) => issue.rule)).toEqual(["seo.hreflang.invalid_language", "seo.hreflang.missing_language"]);
    expect(issues[0]?.message).toContain("en-GB");
  });
  it("rejects relative URLs", () => {
    expect(rules([entry("de", "/de/fjell"), entry("en")])).toEqual(["error:seo.hreflang.invalid_url@hreflang[0].url"]);
  });
  it("rejects a repeated code", () => {
    expect(rules([entry("de"), entry("en"), entry("DE")])).toEqual(["error:seo.hreflang.duplicate@hreflang[2].language"]);
  });
  it("warns about languages outside the workspace", () => {
    expect(rules([entry("de"), entry("en"), entry("fr")])).toEqual(["warning:seo.hreflang.unexpected_language@hreflang[2].language"]);
  });
});
