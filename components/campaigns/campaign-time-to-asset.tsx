import type { CampaignTimeToAsset } from "@/lib/campaigns/campaign-time-to-asset";
import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

/** Median time from brief to first draft and to approval, with the number of assets each median is over. */
export function CampaignTimeToAssetSection({ figures }: { figures: CampaignTimeToAsset }) {
  const t = useTranslations("campaigns.timeToAsset");
  const labels = useCampaignLabels();
  const items = [
    { id: "draft", label: t("toDraft"), value: labels.minutes(figures.minutesToFirstDraftP50), over: t("overAssets", { count: figures.assets }), definition: t("toDraftDefinition") },
    { id: "approval", label: t("toApproval"), value: labels.minutes(figures.minutesToApprovalP50), over: t("overApproved", { count: figures.approved }), definition: t("toApprovalDefinition") },
  ];
  return (
    <section aria-labelledby="time-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="time-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("listLabel")}>
        {items.map((item) => (
          <li key={item.id} className="rounded-md border border-slate-200 p-3" title={item.definition}>
            <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{item.label}</p>
            <p className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{item.value}</p>
            <p className="text-xs text-slate-600">
              {t("note", { over: item.over, definition: item.definition })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
