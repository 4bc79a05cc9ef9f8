import { describe, expect, it } from "vitest";
import type { GoogleRsa, RsaHeadline } from "@/lib/assets/schemas/google-rsa";
import { checkGoogleRsa } from "./google-rsa";
import { rsa } from "@/lib/testing/assets/validate-fixtures";

const summary = (ad: GoogleRsa) => checkGoogleRsa(ad).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);
const headline = (text: string, pin: RsaHeadline["pin"] = null): RsaHeadline => ({ text, citations: ["chk_jacket"], pin });
const description = (text: string) => ({ text, citations: ["chk_jacket"], pin: null });
/** Distinct headlines, so the duplicate rule stays quiet. */
const headlines = (count: number) => Array.from({ length: count }, (_, index) => headline(`Regenjacke Modell ${"abcdefghijklmnopq"[index]}`));

describe("checkGoogleRsa: counts", () => {
  it("accepts 3 and 15 headlines", () => {
    expect(summary(rsa({ headlines: headlines(3) }))).toEqual([]);
    expect(summary(rsa({ headlines: headlines(15) }))).toEqual([]);
  });
  it("rejects 2 and 16 headlines", () => {
    expect(summary(rsa({ headlines: headlines(2) }))).toEqual(["error:rsa.headlines.too_few@headlines"]);
    expect(summary(rsa({ headlines: headlines(16) }))).toEqual(["error:rsa.headlines.too_many@headlines"]);
  });
  it("accepts 2 and 4 descriptions, rejects 1 and 5", () => {
    const descriptions = (count: number) => Array.from({ length: count }, (_, index) => description(`Wasserdicht und leicht, Variante ${index + 1}.`));
    expect(summary(rsa({ descriptions: descriptions(2) }))).toEqual([]);
    expect(summary(rsa({ descriptions: descriptions(4) }))).toEqual([]);
    expect(summary(rsa({ descriptions: descriptions(1) }))).toEqual(["error:rsa.descriptions.too_few@descriptions"]);
    expect(summary(rsa({ descriptions: descriptions(5) }))).toEqual(["error:rsa.descriptions.too_many@descriptions"]);
  });
});

describe("checkGoogleRsa: lengths", () => {
  const withFirstHeadline = (text: string) => rsa({ headlines: [headline(text), ...rsa().headlines.slice(1)] });
  it("accepts a 30-character headline full of umlauts, composed or decomposed", () => {
    expect(summary(withFirstHeadline("ü".repeat(30)))).toEqual([]);
    expect(summary(withFirstHeadline("u\u0308".repeat(30)))).toEqual([]);
  });
  it("rejects a 31-character headline and says by how much", () => {
    const [issue] = checkGoogleRsa(withFirstHeadline("ä".repeat(31)));
    expect(issue).toMatchObject({ rule: "rsa.headline.max_length", path: "headlines[0].text", severity: "error" });
    expect(issue?.message).toBe("Headline 1 is 31 characters; Google allows at most 30.");
  });
  it("accepts a 90-character description and rejects 91", () => {
    const withDescription = (text: string) => rsa({ descriptions: [description(text), rsa().descriptions[1]!] });
    expect(summary(withDescription(`${"a".repeat(89)}.`))).toEqual([]);
    expect(summary(withDescription(`${"a".repeat(90)}.`))).toEqual(["error:rsa.description.max_length@descriptions[0].text"]);
  });
  it("rejects an empty headline", () => {
    expect(summary(withFirstHeadline(" "))).toEqual(["error:rsa.headline.empty@headlines[0].text"]);
  });
});

describe("checkGoogleRsa: display paths", () => {
  it("accepts 15 characters and rejects 16", () => {
    expect(summary(rsa({ path1: "a".repeat(15), path2: null }))).toEqual([]);
    expect(summary(rsa({ path1: "a".repeat(16) }))).toEqual(["error:rsa.path.max_length@path1"]);
  });
  it("rejects path2 without path1", () => {
    expect(summary(rsa({ path1: null, path2: "damen" }))).toEqual(["error:rsa.path2.without_path1@path2"]);
    expect(summary(rsa({ path1: "", path2: "damen" }))).toEqual(["error:rsa.path2.without_path1@path2"]);
  });
  it("rejects a slash in a path", () => {
    expect(summary(rsa({ path1: "jacken/damen", path2: null }))).toEqual(["error:rsa.path.slash@path1"]);
  });
  it("accepts no paths at all", () => {
    expect(summary(rsa({ path1: null, path2: null }))).toEqual([]);
  });
});

describe("checkGoogleRsa: pins", () => {
  it("warns when every headline is pinned", () => {
    const pinned = rsa().headlines.map((item, index) => ({ ...item, pin: ((index % 3) + 1) as 1 | 2 | 3 }));
    expect(summary(rsa({ headlines: pinned }))).toEqual(["warning:rsa.pins.all_headlines_pinned@headlines"]);
  });
  it("accepts some pinned headlines", () => {
    const somePinned = rsa().headlines.map((item, index) => ({ ...item, pin: index === 0 ? (1 as const) : null }));
    expect(summary(rsa({ headlines: somePinned }))).toEqual([]);
  });
});

describe("checkGoogleRsa: final URL and UTM", () => {
  it.each(["shop.example/fjell", "/fjell", "ftp://shop.example/fjell", "mailto:info@shop.example"])("rejects %s", (finalUrl) => {
    expect(summary(rsa({ finalUrl }))).toEqual(["error:final_url.invalid@finalUrl"]);
  });
  it("accepts http as well as https", () => {
    expect(summary(rsa({ finalUrl: "http://shop.example/fjell" }))).toEqual([]);
  });
  it("validates the UTM parameters", () => {
    expect(summary(rsa({ utm: { ...rsa().utm, medium: "CPC" } }))).toEqual(["error:utm.medium.format@utm.medium"]);
  });
});

describe("checkGoogleRsa: editorial policy", () => {
  const withTexts = (headlineTexts: string[], descriptionTexts = rsa().descriptions.map((item) => item.text)) =>
    rsa({ headlines: headlineTexts.map((text) => headline(text)), descriptions: descriptionTexts.map(description) });
  const base = rsa().headlines.map((item) => item.text);
  const rulesFor = (ad: GoogleRsa) => summary(ad);

  it("rejects an exclamation mark in a headline", () => {
    expect(rulesFor(withTexts(["Jetzt sichern!", ...base.slice(1)]))).toEqual(["error:rsa.headline.exclamation@headlines[0].text"]);
  });
  it("allows one exclamation mark in the descriptions and rejects a second", () => {
    expect(rulesFor(withTexts(base, ["Jetzt bestellen!", "Versand in 2 Tagen."]))).toEqual([]);
    expect(rulesFor(withTexts(base, ["Jetzt bestellen!", "Versand in 2 Tagen!"]))).toEqual(["error:rsa.exclamation.too_many@descriptions[1].text"]);
  });
  it.each(["Wirklich??", "Warte..", "Warte...", "Warte…", "Nur $$ sparen", "Was?!"])("rejects repeated punctuation in %j", (text) => {
    expect(rulesFor(withTexts(base, [text, "Versand in 2 Tagen."]))).toContain("error:rsa.punctuation.repeated@descriptions[0].text");
  });
  it("accepts ordinary punctuation, prices and decimals", () => {
    expect(rulesFor(withTexts(base, ["Nur 1.299,00 €, ab 3,5 kg. Fragen? Wir helfen.", "Versand in 2 Tagen."]))).toEqual([]);
  });
  it("rejects all-caps words and names them", () => {
    const [issue] = checkGoogleRsa(withTexts(["GRATIS Versand", ...base.slice(1)]));
    expect(issue).toMatchObject({ rule: "rsa.caps.excessive", path: "headlines[0].text" });
    expect(issue?.message).toContain('"GRATIS"');
  });
  it("accepts listed abbreviations, hyphenated ones and product codes", () => {
    expect(rulesFor(withTexts(["USB-C und LED", "GORE-TEX Membran", "Modell XT500 mit CO2-Bilanz"]))).toEqual([]);
  });
  it("accepts workspace abbreviations passed as options", () => {
    const ad = withTexts(["FJELL Regenjacke", ...base.slice(1)]);
    expect(checkGoogleRsa(ad).map((issue) => issue.rule)).toEqual(["rsa.caps.excessive"]);
    expect(checkGoogleRsa(ad, { allowedAbbreviations: ["Fjell"] })).toEqual([]);
  });
  it.each(["Fr33 Versand", "Super c00le Jacke", "Großer $ale", "Jetzt b@ck"])("rejects letter substitutions in %j", (text) => {
    expect(rulesFor(withTexts([text, ...base.slice(1)]))).toContain("error:rsa.symbols.letter_substitution@headlines[0].text");
  });
  it("accepts numbers with suffixes and dollar amounts", () => {
    expect(rulesFor(withTexts(["Im 3er-Pack", "500ml Flasche in 4K", "Nur $5 Versand"]))).toEqual([]);
  });
  it("rejects emoji", () => {
    expect(rulesFor(withTexts(["Regenjacke 👍🏽", ...base.slice(1)]))).toEqual(["error:rsa.emoji@headlines[0].text"]);
  });
  it.each(["• Regenjacke", "★ Bestseller", "Wasserdicht ✓", "► Jetzt kaufen", "Nur 99 €*"])("rejects decorative symbols in %j", (text) => {
    expect(rulesFor(withTexts([text, ...base.slice(1)]))).toEqual(["error:rsa.symbols.decorative@headlines[0].text"]);
  });
  it("accepts trademark signs", () => {
    expect(rulesFor(withTexts(["Fjell® Regenjacke™", ...base.slice(1)]))).toEqual([]);
  });
  it("rejects duplicate headlines regardless of case and spacing", () => {
    expect(rulesFor(withTexts([...base, "wasserdicht  und Leicht "]))).toEqual(["error:rsa.headline.duplicate@headlines[3].text"]);
  });
  it("rejects duplicate descriptions", () => {
    const [issue] = checkGoogleRsa(withTexts(base, ["Versand in 2 Tagen.", "versand in 2 tagen."]));
    expect(issue).toMatchObject({ rule: "rsa.description.duplicate", path: "descriptions[1].text" });
    expect(issue?.message).toBe("Description 2 repeats description 1; Google rejects duplicate descriptions.");
  });
});
