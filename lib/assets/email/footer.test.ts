import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { emailFooterFor } from "./footer";
import { hasUnsubscribeLink, UNSUBSCRIBE_MERGE_TAG } from "./unsubscribe";

describe("hasUnsubscribeLink", () => {
  it.each([
    ["Abmelden: {{unsubscribe_url}}", true],
    ["Abmelden: {{ unsubscribe }}", true],
    ["Unsubscribe: *|UNSUB|*", true],
    ["Unsubscribe: %unsubscribe_url%", true],
    ["<%asm_group_unsubscribe_raw_url%>", true],
    ["https://shop.example/newsletter/unsubscribe?u=1", true],
    ["https://shop.example/abmelden", true],
    ["Nordlicht Outdoor GmbH, Hafenstraße 1, Hamburg", false],
    ["Write to unsubscribe@shop.example", false],
    ["{{first_name}}", false],
  ])("%s → %s", (text, expected) => {
    expect(hasUnsubscribeLink(text)).toBe(expected);
  });
});

describe("emailFooterFor", () => {
  it("takes the brand's own footer for the language, trimmed", () => {
    const rules = { ...EMPTY_BRAND_RULES, emailFooter: { de: "  Nordlicht GmbH, Hamburg. Abmelden: {{unsubscribe_url}} ", en: null } };
    expect(emailFooterFor({ rules, language: "de", brandName: "Nordlicht" })).toBe("Nordlicht GmbH, Hamburg. Abmelden: {{unsubscribe_url}}");
  });

  it("falls back to a default with the brand name and the merge tag", () => {
    const rules = { ...EMPTY_BRAND_RULES, emailFooter: { de: "Nordlicht GmbH. Abmelden: {{unsubscribe_url}}" } };
    const footer = emailFooterFor({ rules, language: "en", brandName: "Nordlicht" });
    expect(footer).toContain("Nordlicht");
    expect(footer).toContain(UNSUBSCRIBE_MERGE_TAG);
    expect(hasUnsubscribeLink(footer)).toBe(true);
  });

  it("says du when the rules say so, or, without a rule, when the copy does", () => {
    const du = { ...EMPTY_BRAND_RULES, formatting: { formality: "du" as const } };
    expect(emailFooterFor({ rules: du, language: "de", brandName: "Nordlicht" })).toMatch(/^Du erhältst/);
    expect(emailFooterFor({ rules: EMPTY_BRAND_RULES, language: "de", brandName: "Nordlicht", copy: "Sie hält dich trocken." })).toMatch(/^Du erhältst/);
    expect(emailFooterFor({ rules: EMPTY_BRAND_RULES, language: "de", brandName: "Nordlicht", copy: "Die Jacke hält trocken." })).toMatch(/^Sie erhalten/);
    const sie = { ...EMPTY_BRAND_RULES, formatting: { formality: "sie" as const } };
    expect(emailFooterFor({ rules: sie, language: "de", brandName: "Nordlicht", copy: "Sie hält dich trocken." })).toMatch(/^Sie erhalten/);
  });
});
