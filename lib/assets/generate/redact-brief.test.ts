import { describe, expect, it } from "vitest";
import type { CampaignBriefFacts } from "@/lib/campaigns/campaign-brief";
import { BriefInputSchema } from "./brief";
import { redactBrief } from "./redact-brief";

const brief = BriefInputSchema.parse({ productSourceId: null, topic: "Regenjacken mit Anna Schmidt", assetKinds: ["meta-ad"], language: "de" });
const campaign: CampaignBriefFacts = {
  campaignId: "cmp_1",
  name: "Pendeln",
  code: "pendeln",
  startsOn: "2027-03-01",
  audience: "Pendler in Hamburg, betreut von Anna Schmidt (anna@example.de).",
  landingPageUrl: null,
  offer: { code: "PENDELN15", value: "15 %", conditions: "Nur nach Anruf bei 0151-1234567.", validUntil: "2027-05-31" },
};

describe("redactBrief with a campaign", () => {
  it("redacts the persona's audience and the offer's conditions in the brief's session, and keeps the offer's code and facts", () => {
    const result = redactBrief(brief, { campaign });
    expect(result.brief.topic).toBe("Regenjacken mit [PERSON_1]");
    // The same person in the persona is the same placeholder; nothing personal goes to the model.
    expect(result.campaign?.audience).toBe("Pendler in Hamburg, betreut von [PERSON_1] ([EMAIL_1]).");
    expect(result.campaign?.offer).toEqual({ code: "PENDELN15", value: "15 %", conditions: "Nur nach Anruf bei [PHONE_1].", validUntil: "2027-05-31" });
    expect(result.placeholders.get("[EMAIL_1]")).toBe("anna@example.de");
    expect(result.placeholders.get("[PHONE_1]")).toBe("0151-1234567");
    expect(result.redactions).toBe(4);
    expect(result.campaign).toMatchObject({ campaignId: "cmp_1", code: "pendeln", startsOn: "2027-03-01" });
  });

  it("leaves a brief outside a campaign as before", () => {
    expect(redactBrief(brief).campaign).toBeNull();
    expect(redactBrief(brief, { campaign: { ...campaign, audience: null, offer: null } }).campaign).toMatchObject({ audience: null, offer: null });
  });
});
