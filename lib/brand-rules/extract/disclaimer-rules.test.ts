import { describe, expect, it } from "vitest";
import { readDisclaimers } from "./disclaimer-rules";

const channels = (item: string) => readDisclaimers(item, "de", "de").map((rule) => rule.channel);

describe("readDisclaimers: asset kinds named in the condition", () => {
  it("reads organic posts apart from the networks' ads", () => {
    expect(channels("„Preise inkl. MwSt.“ – in allen Instagram-Posts")).toEqual(["instagram-post"]);
    expect(channels("„Preise inkl. MwSt.“ – in allen Instagram-Anzeigen")).toEqual(["meta-ad"]);
    expect(channels("„Preise inkl. MwSt.“ – in LinkedIn-Beiträgen")).toEqual(["linkedin-post"]);
    expect(channels("„Preise inkl. MwSt.“ – in LinkedIn-Anzeigen")).toEqual(["linkedin-ad"]);
    expect(channels('"Prices incl. VAT." (only in X posts and tweets)')).toEqual(["x-post"]);
  });
});
