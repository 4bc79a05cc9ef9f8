import { useTranslations } from "next-intl";
import type { CampaignState } from "@/lib/campaigns/campaign-calendar";

const STYLES: Record<CampaignState, string> = {
  planned: "border-brand-100 bg-brand-50 text-brand-900",
  running: "border-green-300 bg-green-50 text-green-900",
  ended: "border-slate-300 bg-slate-100 text-slate-700",
};

/** Planned, running or ended, in words (colour is a second cue only). */
export function CampaignStateBadge({ state }: { state: CampaignState }) {
  const t = useTranslations("campaigns.state");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[state]}`}>{t(state)}</span>;
}
