import type { CampaignOption } from "@/lib/campaigns/campaign-options";

/** A campaign as the brief form offers it: the server's CampaignOption (plain data). */
export type CampaignChoice = CampaignOption;

/** "TRAIL15 · 15 % · until 2099-05-31" for the offer choice. */
export function describeOffer(offer: CampaignChoice["offers"][number], until: string): string {
  return [offer.code, offer.value, offer.validUntil.trim() === "" ? "" : until].filter((part) => part.trim() !== "").join(" · ");
}
