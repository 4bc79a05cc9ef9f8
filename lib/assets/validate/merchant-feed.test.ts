import { describe, expect, it } from "vitest";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { checkMerchantFeed, type MerchantFeedContext } from "./merchant-feed";
import { validateAsset } from "./validate-asset";
import { cited, feedContext, FEED_CHUNK, merchantFeed, textOfLength } from "@/lib/testing/assets/validate-fixtures";

const CONTEXT: MerchantFeedContext = { feedProductId: "NL-1002", chunks: new Map([FEED_CHUNK]), brandRules: EMPTY_BRAND_RULES };
const summary = (feed: MerchantFeed, context: MerchantFeedContext = CONTEXT) => checkMerchantFeed(feed, context).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);
const feedCited = (text: string) => cited(text, ["chk_feed"]);

describe("checkMerchantFeed: values a spreadsheet would run", () => {
  it("refuses a title, description or highlight starting with =, +, - or @, and accepts those characters inside", () => {
    expect(summary(merchantFeed({ title: feedCited("-20% Fjell Jacke"), description: feedCited(" =HYPERLINK(1)"), highlights: [feedCited("@Fjell"), feedCited("+ Kapuze")] }))).toEqual(
      expect.arrayContaining([
        "error:merchant.formula_start@title.text",
        "error:merchant.formula_start@description.text",
        "error:merchant.formula_start@highlights[0].text",
        "error:merchant.formula_start@highlights[1].text",
      ]),
    );
    const message = checkMerchantFeed(merchantFeed({ title: feedCited("=Fjell Jacke") }), CONTEXT).find((issue) => issue.rule === "merchant.formula_start")?.message;
    expect(message).toBe('Title starts with "=", which a spreadsheet runs as a formula when the feed file is opened; start it with a letter or digit.');
    expect(summary(merchantFeed({ title: feedCited("Fjell Jacke bis -20 °C, E-Mail-frei") })).filter((rule) => rule.includes("formula_start"))).toEqual([]);
  });
});

describe("checkMerchantFeed: limits", () => {
  it("accepts the fixture copy, and validateAsset finds nothing either", () => {
    expect(summary(merchantFeed())).toEqual([]);
    expect(validateAsset(merchantFeed(), feedContext()).issues).toEqual([]);
  });

  it.each([
    [70, []],
    [71, ["warning:merchant.title.length@title.text"]],
    [150, ["warning:merchant.title.length@title.text"]],
    [151, ["error:merchant.title.max_length@title.text"]],
  ])("title of %i characters", (length, expected) => {
    expect(summary(merchantFeed({ title: feedCited(textOfLength(length)) }))).toEqual(expected);
  });

  it("says where Shopping cuts the title and names the hard limit", () => {
    expect(checkMerchantFeed(merchantFeed({ title: feedCited(textOfLength(71)) }), CONTEXT)[0]?.message).toBe("Title is 71 characters; it is truncated in Shopping results after 70.");
    expect(checkMerchantFeed(merchantFeed({ title: feedCited(textOfLength(151)) }), CONTEXT)[0]?.message).toBe("Title is 151 characters; the platform allows at most 150.");
  });

  it.each([
    [5000, []],
    [5001, ["error:merchant.description.max_length@description.text"]],
  ])("description of %i characters", (length, expected) => {
    expect(summary(merchantFeed({ description: feedCited(textOfLength(length)) }))).toEqual(expected);
  });

  it("requires a title and a description", () => {
    expect(summary(merchantFeed({ title: feedCited(""), description: feedCited("  ") }))).toEqual(["error:merchant.title.empty@title.text", "error:merchant.description.empty@description.text"]);
  });

  it.each([
    [150, []],
    [151, ["error:merchant.highlight.max_length@highlights[1].text"]],
  ])("highlight of %i characters", (length, expected) => {
    expect(summary(merchantFeed({ highlights: [feedCited("Gewicht 350 g"), feedCited(textOfLength(length))] }))).toEqual(expected);
  });

  it.each([
    [0, []],
    [1, ["warning:merchant.highlights.too_few@highlights"]],
    [2, []],
    [10, []],
    [11, ["error:merchant.highlights.too_many@highlights"]],
  ])("%i highlights", (count, expected) => {
    const highlights = Array.from({ length: count }, (_, index) => feedCited(`Merkmal Nummer ${"x".repeat(index + 1)}`));
    expect(summary(merchantFeed({ highlights }))).toEqual(expected);
  });

  it("reports an empty highlight", () => {
    expect(summary(merchantFeed({ highlights: [feedCited("Gewicht 350 g"), feedCited(" ")] }))).toEqual(["error:merchant.highlight.empty@highlights[1].text"]);
  });
});

describe("checkMerchantFeed: product id", () => {
  it.each([
    ["", "error:merchant.product_id.empty@productId"],
    ["NL-1001", "error:merchant.product_id.mismatch@productId"],
    [textOfLength(51, "1"), "error:merchant.product_id.max_length@productId"],
  ])("refuses %j", (productId, expected) => {
    expect(summary(merchantFeed({ productId }))).toEqual([expected]);
  });

  it("names both ids when they differ", () => {
    expect(checkMerchantFeed(merchantFeed({ productId: "NL-1001" }), CONTEXT)[0]?.message).toBe('The product id "NL-1001" is not this product\'s id in the feed ("NL-1002"); the supplemental feed would change another product.');
  });

  it("accepts 50 characters, and any id when the feed's id is not known", () => {
    expect(summary(merchantFeed({ productId: textOfLength(50, "1") }), { ...CONTEXT, feedProductId: null })).toEqual([]);
  });
});

describe("checkMerchantFeed: Google's recommended 500 characters", () => {
  const longChunk = [
    "chk_long",
    [
      "Product: Fjell Regenjacke Damen",
      "Price: 129.00 EUR",
      "",
      "Die Fjell Regenjacke wiegt 350 g.",
      "Sie hat eine Wassersäule von 20.000 mm und verklebte Nähte, die auch bei Dauerregen dicht bleiben.",
      "Die Kapuze passt über einen Kletterhelm und lässt sich mit einer Hand in Form ziehen.",
      "Zwei Belüftungsreißverschlüsse unter den Armen lassen beim Aufstieg Wärme hinaus.",
      "Die Brusttasche ist so groß, dass eine Wanderkarte im Format A4 gefaltet hineinpasst.",
      "Der Saum lässt sich mit zwei Kordelzügen enger stellen, damit kein Wind von unten eindringt.",
      "Der Oberstoff besteht aus recyceltem Polyamid aus alten Fischernetzen.",
    ].join("\n"),
  ] as const;
  const short = feedCited("Die Fjell Regenjacke wiegt 350 g.");

  it("advises a longer description when the cited sources say more that it does not use", () => {
    const issues = checkMerchantFeed(merchantFeed({ description: cited(short.text, ["chk_long"]) }), { ...CONTEXT, chunks: new Map([longChunk]) });
    expect(issues.map((issue) => `${issue.severity}:${issue.rule}`)).toEqual(["warning:merchant.description.short"]);
    expect(issues[0]?.message).toMatch(/^Description is 33 characters; Google recommends at least 500, and the sources it cites state about \d+ more characters/);
  });

  it("stays silent when the sources hold nothing more to say: padding would be invention", () => {
    expect(summary(merchantFeed({ description: cited(short.text, ["chk_feed"]) }))).toEqual([]);
  });

  it("does not count source sentences the brand rules or Merchant policy forbid", () => {
    const promotional = ["chk_promo", `Product: Fjell\n\n${short.text} ${"Jetzt mit kostenlosem Versand und 20 % Rabatt im Sale bestellen. ".repeat(8)}`] as const;
    expect(summary(merchantFeed({ description: cited(short.text, ["chk_promo"]) }), { ...CONTEXT, chunks: new Map([promotional]) })).toEqual([]);
    const banned = { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "Helm", reason: null }, { term: "Polyamid", reason: null }, { term: "Kapuze", reason: null }, { term: "Saum", reason: null }, { term: "Brusttasche", reason: null }, { term: "Nähte", reason: null }, { term: "Belüftungsreißverschlüsse", reason: null }] };
    expect(summary(merchantFeed({ description: cited(short.text, ["chk_long"]) }), { ...CONTEXT, chunks: new Map([longChunk]), brandRules: banned })).toEqual([]);
  });

  it("counts a source sentence as used when the copy changed a word of it", () => {
    const used = longChunk[1].split("\n").slice(3).join(" ").replace("Kletterhelm", "Helm");
    expect(summary(merchantFeed({ description: cited(used, ["chk_long"]) }), { ...CONTEXT, chunks: new Map([longChunk]) })).toEqual([]);
  });
});

describe("checkMerchantFeed: Google Merchant's editorial requirements", () => {
  it.each([
    ["Fjell Regenjacke, kostenloser Versand", "promotional", '"kostenloser Versand"'],
    ["Fjell rain jacket with free shipping", "promotional", '"free shipping"'],
    ["Fjell Regenjacke im Sale", "promotional", '"Sale"'],
    ["Fjell Regenjacke für 129 €", "promotional", '"129 €"'],
    ["Fjell Regenjacke jetzt -20 %", "promotional", '"-20 %"'],
    ["Fjell Regenjacke mit Code HERBST15", "promotional", '"Code HERBST15"'],
    ["Fjell Regenjacke SUPER LEICHT", "caps", '"SUPER", "LEICHT"'],
    ["Fjell Regenjacke!!", "punctuation", '"!!"'],
    ["Fjell Regenjacke ★ leicht", "symbols", '"★"'],
    ["Fjell Regenjacke 🌧️", "symbols", '"🌧️"'],
    ["Beratung unter 040 123 456 78", "phone", '"040 123 456 78"'],
    ["Beratung unter +49 40 1234567", "phone", '"+49 40 1234567"'],
    ["Fragen an service@nordlicht.example", "contact", '"service@nordlicht.example"'],
    ["Mehr auf www.nordlicht.example/fjell", "contact", '"www.nordlicht.example/fjell"'],
  ])("refuses %j (%s)", (title, rule, found) => {
    const issues = checkMerchantFeed(merchantFeed({ title: feedCited(title) }), CONTEXT);
    expect(issues.map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`)).toEqual([`error:merchant.${rule}@title.text`]);
    expect(issues[0]?.message).toContain(`(${found})`);
  });

  it("checks the description and every highlight too, with a message that says why", () => {
    const feed = merchantFeed({ description: feedCited("Die Fjell wiegt 350 g. Bestellen Sie jetzt versandkostenfrei."), highlights: [feedCited("Gewicht 350 g"), feedCited("TOP Qualität")] });
    const issues = checkMerchantFeed(feed, CONTEXT);
    expect(issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["merchant.promotional@description.text", "merchant.caps@highlights[1].text"]);
    expect(issues[0]?.message).toBe('Description contains promotional text ("versandkostenfrei"); Google Merchant Center disapproves titles, descriptions and highlights with prices, sales, discounts or shipping offers.');
  });

  it("allows abbreviations, acronyms the text defines, names written in capitals, and ordinary measurements", () => {
    const ok = [
      "Fjell Regenjacke, PFAS-frei, Größen XS bis XXL",
      "Merino nach dem Responsible Wool Standard (RWS) zertifiziert",
      "Wassersäule 20.000 mm, 25.000 g/m²/24 h, 100 % recyceltes Polyamid",
      "Saum lässt sich um bis zu 6 cm kürzen; das reduziert das Gewicht nicht",
      "NORDLICHT Fjell Regenjacke",
    ];
    for (const text of ok) expect(summary(merchantFeed({ title: feedCited(text.slice(0, 70)) }), { ...CONTEXT, properNouns: ["NORDLICHT Outdoor"] }), text).toEqual([]);
  });

  it("runs in validateAsset with the generation context: brand names and the feed id", () => {
    const report = validateAsset(merchantFeed({ productId: "NL-9999", title: feedCited("NORDLICHT Fjell Regenjacke Damen") }), feedContext({ properNouns: ["NORDLICHT"] }));
    expect(report.issues.map((issue) => issue.rule)).toEqual(["merchant.product_id.mismatch"]);
  });
});
