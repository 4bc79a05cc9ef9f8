import type { CampaignTimeToAsset } from "@/lib/campaigns/campaign-time-to-asset";
import { formatMinutes } from "./labels";

/** Median time from brief to first draft and to approval, with the number of assets each median is over. */
export function CampaignTimeToAssetSection({ figures }: { figures: CampaignTimeToAsset }) {
  const items = [
    { label: "Brief to first draft, median", value: formatMinutes(figures.minutesToFirstDraftP50), over: `over ${figures.assets} ${figures.assets === 1 ? "asset" : "assets"}`, definition: "From the brief to the first saved draft (version 1)" },
    { label: "Brief to approval, median", value: formatMinutes(figures.minutesToApprovalP50), over: `over ${figures.approved} approved`, definition: "From the brief to approval, as the dashboard's operations figures count it" },
  ];
  return (
    <section aria-labelledby="time-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="time-heading" className="mb-3 text-lg font-medium">
        Time to asset
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Time to asset figures">
        {items.map((item) => (
          <li key={item.label} className="rounded-md border border-slate-200 p-3" title={item.definition}>
            <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{item.label}</p>
            <p className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{item.value}</p>
            <p className="text-xs text-slate-600">
              {item.over}. {item.definition}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
