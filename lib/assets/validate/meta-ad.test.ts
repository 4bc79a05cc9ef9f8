import { describe, expect, it } from "vitest";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import { checkMetaAd } from "./meta-ad";
import { cited, metaAd, textOfLength } from "@/lib/testing/assets/validate-fixtures";

const summary = (ad: MetaAd) => checkMetaAd(ad).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

describe("checkMetaAd", () => {
  it("accepts the fixture ad", () => {
    expect(summary(metaAd())).toEqual([]);
  });
  it("warns above 125 characters of primary text, not at 125", () => {
    expect(summary(metaAd({ primaryText: cited(textOfLength(125)) }))).toEqual([]);
    expect(summary(metaAd({ primaryText: cited(textOfLength(126)) }))).toEqual(["warning:meta.primary_text.length@primaryText.text"]);
  });
  it("warns above 40 characters of headline, not at 40", () => {
    expect(summary(metaAd({ headline: cited(textOfLength(40)) }))).toEqual([]);
    const [issue] = checkMetaAd(metaAd({ headline: cited(textOfLength(41)) }));
    expect(issue).toMatchObject({ rule: "meta.headline.length", severity: "warning" });
    expect(issue?.message).toBe("Headline is 41 characters; Meta truncates headlines after 40.");
  });
  it("warns above 30 characters of description, not at 30, and allows none", () => {
    expect(summary(metaAd({ description: cited(textOfLength(30)) }))).toEqual([]);
    expect(summary(metaAd({ description: cited(textOfLength(31)) }))).toEqual(["warning:meta.description.length@description.text"]);
    expect(summary(metaAd({ description: cited("") }))).toEqual([]);
  });
  it("requires primary text and headline", () => {
    expect(summary(metaAd({ primaryText: cited(""), headline: cited(" ") }))).toEqual([
      "error:meta.primary_text.empty@primaryText.text",
      "error:meta.headline.empty@headline.text",
    ]);
  });
  it("checks the final URL and UTM", () => {
    expect(summary(metaAd({ finalUrl: "fjell", utm: { ...metaAd().utm, source: "" } }))).toEqual([
      "error:final_url.invalid@finalUrl",
      "error:utm.source.required@utm.source",
    ]);
  });
});
