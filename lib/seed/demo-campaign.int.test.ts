import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace, addTestMembership } from "@/lib/testing/fixtures";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { campaignState, todayIso } from "@/lib/campaigns/campaign-calendar";
import { DEMO_CONTENT, seedBrandContent } from "./demo-content";
import { seedDemoCampaign } from "./demo-campaign";

describe("demo campaign", () => {
  it("gives the Nordlicht demo a running campaign with its persona, owner and an offer on the two Fjell jackets", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace("Nordlicht Outdoor");
    const marketer = await createTestUser();
    await addTestMembership(workspace.id, marketer.id, "marketer");
    const now = new Date("2026-11-30T08:00:00Z");
    const { campaignId } = await db.transaction(async (tx) => {
      await seedBrandContent(tx, { workspaceId: workspace.id, seed: DEMO_CONTENT.nordlicht });
      return seedDemoCampaign(tx, { workspaceId: workspace.id, ownerId: marketer.id, now });
    });
    const campaign = await getCampaign(db, { workspaceId: workspace.id, campaignId });
    expect(campaignState(campaign, todayIso(now))).toBe("running");
    expect(campaign).toMatchObject({ code: "regenwoche", startsOn: "2026-11-23", endsOn: "2026-12-21", languages: ["de"] });
    expect(campaign.persona?.name).toBe("Ganzjahres-Pendler");
    expect(campaign.owner?.id).toBe(marketer.id);
    expect(campaign.offers).toHaveLength(1);
    expect(campaign.offers[0]).toMatchObject({ code: "REGEN15", validUntil: "2026-12-07" });
    expect(campaign.offers[0]!.eligibleProductIds).toHaveLength(2);
  });
});
