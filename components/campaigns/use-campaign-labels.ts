import { useLocale, useTranslations } from "next-intl";
import { campaignLabels } from "./labels";

/** Campaign labels for components that render on the server or the client without awaiting. */
export function useCampaignLabels() {
  return campaignLabels(useTranslations("campaigns.labels"), useLocale());
}
