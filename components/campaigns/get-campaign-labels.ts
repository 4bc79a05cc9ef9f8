import { getLocale, getTranslations } from "next-intl/server";
import { campaignLabels } from "./labels";

/** Campaign labels for async server components and pages (kept apart from the hook: client bundles must not import next-intl/server). */
export async function getCampaignLabels() {
  return campaignLabels(await getTranslations("campaigns.labels"), await getLocale());
}
