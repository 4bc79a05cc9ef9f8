import { describe, expect, it } from "vitest";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import { checkLinkedInAd } from "./linkedin-ad";
import { cited, linkedInAd, textOfLength } from "@/lib/testing/assets/validate-fixtures";

const summary = (ad: LinkedInAd) => checkLinkedInAd(ad).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

describe("checkLinkedInAd", () => {
  it("accepts the fixture ad", () => {
    expect(summary(linkedInAd())).toEqual([]);
  });
  it.each([
    [150, []],
    [151, ["warning:linkedin.intro.length@intro.text"]],
    [600, ["warning:linkedin.intro.length@intro.text"]],
    [601, ["error:linkedin.intro.max_length@intro.text"]],
  ])("intro of %i characters", (length, expected) => {
    expect(summary(linkedInAd({ intro: cited(textOfLength(length)) }))).toEqual(expected);
  });
  it.each([
    [70, []],
    [71, ["warning:linkedin.headline.length@headline.text"]],
    [200, ["warning:linkedin.headline.length@headline.text"]],
    [201, ["error:linkedin.headline.max_length@headline.text"]],
  ])("headline of %i characters", (length, expected) => {
    expect(summary(linkedInAd({ headline: cited(textOfLength(length)) }))).toEqual(expected);
  });
  it("names the hard limit and the actual length", () => {
    const [issue] = checkLinkedInAd(linkedInAd({ intro: cited(textOfLength(601)) }));
    expect(issue?.message).toBe("Intro text is 601 characters; the platform allows at most 600.");
  });
  it("requires the headline", () => {
    expect(summary(linkedInAd({ headline: cited("") }))).toEqual(["error:linkedin.headline.empty@headline.text"]);
  });
});
