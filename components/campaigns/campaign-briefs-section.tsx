import type { CampaignBrief } from "@/lib/campaigns/campaign-briefs";
import { formatDateTime } from "@/components/assets/format-time";
import { channelLabel, LANGUAGE_NAMES } from "./labels";

const STATUS_LABELS: Record<string, string> = { running: "running", paused: "paused", cancelled: "cancelled", completed: "completed" };

function subjectOf(brief: CampaignBrief): string {
  if (brief.purged) return "Brief removed by the retention period";
  if (brief.source === "batch") return brief.topic ? `${brief.topic} · ${brief.productCount} ${brief.productCount === 1 ? "product" : "products"}` : `${brief.productCount} ${brief.productCount === 1 ? "product" : "products"}`;
  return brief.productTitles[0] ?? (brief.topic || "A topic brief");
}

/** The distinct briefs written in the campaign: batch runs and Generate-form briefs, newest first. */
export function CampaignBriefsSection({ briefs }: { briefs: CampaignBrief[] }) {
  return (
    <section aria-labelledby="briefs-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="briefs-heading" className="mb-3 text-lg font-medium">
        Briefs
      </h2>
      {briefs.length === 0 ? (
        <p className="text-sm text-slate-600">No briefs yet.</p>
      ) : (
        <ul className="grid gap-3" data-testid="campaign-briefs">
          {briefs.map((brief) => (
            <li key={brief.key} className="text-sm">
              <p className="font-medium text-slate-900">{subjectOf(brief)}</p>
              <p className="text-slate-700">
                {brief.source === "batch" ? `Batch run (${STATUS_LABELS[brief.batchStatus ?? ""] ?? brief.batchStatus})` : "Generate form"}
                {brief.assetKinds.length > 0 ? ` · ${brief.assetKinds.map(channelLabel).join(", ")}` : ""}
                {brief.language ? ` · ${LANGUAGE_NAMES[brief.language] ?? brief.language}` : ""}
                {` · ${brief.assetCount} ${brief.assetCount === 1 ? "asset" : "assets"}`}
                {" · "}
                <time dateTime={brief.at.toISOString()}>{formatDateTime(brief.at)}</time>
              </p>
              {brief.source === "batch" && brief.productTitles.length > 0 ? <p className="text-slate-600">Products: {brief.productTitles.join(", ")}</p> : null}
              {brief.audience || brief.goal ? (
                <p className="text-slate-600">
                  {brief.audience ? `Audience: ${brief.audience}` : ""}
                  {brief.audience && brief.goal ? " · " : ""}
                  {brief.goal ? `Goal: ${brief.goal}` : ""}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
