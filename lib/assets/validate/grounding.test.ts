import { describe, expect, it } from "vitest";
import type { Asset } from "@/lib/assets/schemas/asset";
import { checkGrounding } from "./grounding";
import { cited, CHUNKS, linkedInAd, metaAd, rsa, seoPage } from "@/lib/testing/assets/validate-fixtures";

const summary = (asset: Asset, chunks: ReadonlyMap<string, string> = CHUNKS) =>
  checkGrounding(asset, { chunks }).map((issue) => `${issue.rule}@${issue.path}`);

describe("checkGrounding: citations", () => {
  it("accepts the grounded fixtures", () => {
    for (const asset of [seoPage(), rsa(), metaAd(), linkedInAd()]) expect(summary(asset)).toEqual([]);
  });
  it("requires a citation on every non-empty factual field", () => {
    expect(summary(metaAd({ headline: cited("Wasserdicht", []) }))).toEqual(["grounding.missing_citation@headline.citations"]);
  });
  it("counts RSA headlines and descriptions as factual", () => {
    const ad = rsa();
    expect(summary(rsa({ headlines: [{ ...ad.headlines[0]!, citations: [] }, ...ad.headlines.slice(1)] }))).toEqual([
      "grounding.missing_citation@headlines[0].citations",
    ]);
  });
  it("does not require citations on empty texts, FAQ questions or link text", () => {
    const page = seoPage({
      faq: [{ question: "Wie schwer ist die Jacke mit 350 g?", answer: cited("Sie wiegt 350 g.") }],
      internalLinks: [{ url: "https://shop.example/pflege", anchorText: "Pflege in 3 Schritten", citations: [] }],
    });
    expect(summary(page)).toEqual([]);
    expect(summary(metaAd({ description: cited("", []) }))).toEqual([]);
  });
  it("rejects citations that are not among the provided chunks, link citations included", () => {
    const page = seoPage({
      title: cited("Fjell Regenjacke für Damen: leicht und wasserdicht", ["chk_jacket", "chk_invented"]),
      internalLinks: [{ url: "https://shop.example/pflege", anchorText: "Pflege", citations: ["chk_gone"] }],
    });
    expect(summary(page)).toEqual(["grounding.unknown_citation@title.citations[1]", "grounding.unknown_citation@internalLinks[0].citations[0]"]);
  });
});

describe("checkGrounding: numbers", () => {
  // The fixture's other fields cite CHUNKS, so those stay available.
  const chunks = new Map([
    ...CHUNKS,
    ["chk_price_de", "Die Fjell Jacke kostet 1.299,00 € und wiegt 3,5 kg. Im Winter gibt es 20 % Rabatt."],
    ["chk_price_en", "The Fjell jacket costs €1,299.00."],
    ["chk_other", "Lieferung in 2 Tagen."],
  ]);
  const withPrimary = (text: string, citations: string[]) => metaAd({ primaryText: cited(text, citations) });

  it.each(["1.299,00 €", "1299,00 EUR", "€1,299.00", "1.299 €", "1299"])("accepts the price written as %s against a German source", (price) => {
    expect(summary(withPrimary(`Jetzt für ${price}`, ["chk_price_de"]), chunks)).toEqual([]);
  });
  it("accepts a German price against an English source", () => {
    expect(summary(withPrimary("Jetzt für 1.299,00 €", ["chk_price_en"]), chunks)).toEqual([]);
  });
  it("accepts 20% and 3.5 kg written the other way", () => {
    expect(summary(withPrimary("20% Rabatt auf 3.5 kg Jacke", ["chk_price_de"]), chunks)).toEqual([]);
  });
  it("rejects a number the cited chunks do not contain, naming it", () => {
    const issues = checkGrounding(withPrimary("Jetzt 30 % Rabatt", ["chk_price_de"]), { chunks });
    expect(issues).toEqual([expect.objectContaining({ rule: "grounding.unsupported_number", path: "primaryText.text", severity: "error" })]);
    expect(issues[0]?.message).toContain('"30 %"');
  });
  it("accepts the numbers of a value the brief supplied as written, and nothing else on their strength", () => {
    const suppliedValues = ["030 1234567"];
    expect(checkGrounding(withPrimary("Anrufen: 030 1234567", ["chk_price_de"]), { chunks, suppliedValues })).toEqual([]);
    expect(checkGrounding(withPrimary("Jetzt 30 % Rabatt", ["chk_price_de"]), { chunks, suppliedValues }).map((i) => i.rule)).toEqual(["grounding.unsupported_number"]);
  });
  it("rejects a number found only in a chunk the field does not cite", () => {
    expect(summary(withPrimary("Lieferung in 2 Tagen", ["chk_price_de"]), chunks)).toEqual(["grounding.unsupported_number@primaryText.text"]);
    expect(summary(withPrimary("Lieferung in 2 Tagen", ["chk_price_de", "chk_other"]), chunks)).toEqual([]);
  });
  it("rejects the right number with the wrong unit", () => {
    expect(summary(withPrimary("Nur 20 kg", ["chk_price_de"]), chunks)).toEqual(["grounding.unsupported_number@primaryText.text"]);
  });
  it("treats years as facts", () => {
    expect(summary(withPrimary("Neu seit 2025", ["chk_price_de"]), chunks)).toEqual(["grounding.unsupported_number@primaryText.text"]);
  });
  it("reports each unsupported number of a field once", () => {
    expect(summary(withPrimary("5 Farben, 5 Größen, 7 Taschen", ["chk_price_de"]), chunks)).toHaveLength(2);
  });
  it("ignores numbers in URL fields and UTM values", () => {
    const ad = metaAd({ finalUrl: "https://shop.example/sale-2031", utm: { ...metaAd().utm, campaign: "sale_2031" } });
    expect(summary(ad)).toEqual([]);
  });
  it("does not check numbers when no cited chunk is known; the citation error covers it", () => {
    expect(summary(withPrimary("Nur 99 €", ["chk_unknown"]), chunks)).toEqual(["grounding.unknown_citation@primaryText.citations[0]"]);
  });
});

describe("checkGrounding: discount codes", () => {
  const chunks = new Map([...CHUNKS, ["chk_sale", "Herbstaktion: mit dem Code HERBST15 sparen."]]);
  const withPrimary = (text: string, citations: string[]) => metaAd({ primaryText: cited(text, citations) });

  it("accepts a code its cited source states word for word", () => {
    expect(summary(withPrimary("Mit dem Code HERBST15 sparen.", ["chk_sale"]), chunks)).toEqual([]);
  });
  it("rejects a code no cited source states, naming it, and one stated only in a chunk it does not cite", () => {
    const issues = checkGrounding(withPrimary("Mit dem Code FRUEH20 sparen.", ["chk_sale"]), { chunks });
    expect(issues).toEqual([expect.objectContaining({ rule: "grounding.unsupported_code", path: "primaryText.text", severity: "error" })]);
    expect(issues[0]?.message).toContain('"FRUEH20"');
    expect(summary(withPrimary("Code HERBST15 gilt.", ["chk_jacket"]), chunks)).toEqual(["grounding.unsupported_code@primaryText.text"]);
  });
  it("accepts the campaign offer's code as a supplied value, and no other code on its strength", () => {
    const suppliedValues = ["FRUEH20"];
    expect(checkGrounding(withPrimary("Mit dem Code FRUEH20 sparen.", ["chk_sale"]), { chunks, suppliedValues })).toEqual([]);
    expect(checkGrounding(withPrimary("Mit dem Code FRUEH25 sparen.", ["chk_sale"]), { chunks, suppliedValues }).map((i) => i.rule)).toEqual(["grounding.unsupported_code"]);
  });
  it("does not read a year as a code", () => {
    expect(summary(withPrimary("Code 2026 gilt nicht.", ["chk_sale"]), new Map([...chunks, ["chk_sale", "Code 2026 gilt nicht."]]))).toEqual([]);
  });
});
