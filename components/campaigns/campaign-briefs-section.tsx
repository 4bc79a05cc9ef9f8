import type { CampaignBrief } from "@/lib/campaigns/campaign-briefs";
import { useFormatter, useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

const BATCH_STATUSES = ["running", "paused", "cancelled", "completed"] as const;
type BatchStatus = (typeof BATCH_STATUSES)[number];
const isBatchStatus = (value: string | null | undefined): value is BatchStatus => (BATCH_STATUSES as readonly (string | null | undefined)[]).includes(value);

/** The distinct briefs written in the campaign: batch runs and Generate-form briefs, newest first. */
export function CampaignBriefsSection({ briefs }: { briefs: CampaignBrief[] }) {
  const t = useTranslations("campaigns.briefs");
  const format = useFormatter();
  const labels = useCampaignLabels();
  const subjectOf = (brief: CampaignBrief): string => {
    if (brief.purged) return t("purged");
    if (brief.source === "batch") return brief.topic ? t("batchSubjectWithTopic", { topic: brief.topic, count: brief.productCount }) : t("batchSubject", { count: brief.productCount });
    return brief.productTitles[0] ?? (brief.topic || t("topicBrief"));
  };
  return (
    <section aria-labelledby="briefs-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="briefs-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      {briefs.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3" data-testid="campaign-briefs">
          {briefs.map((brief) => (
            <li key={brief.key} className="text-sm">
              <p className="font-medium text-slate-900">{subjectOf(brief)}</p>
              <p className="text-slate-700">
                {brief.source === "batch" ? t("batchRun", { status: isBatchStatus(brief.batchStatus) ? t(`batchStatus.${brief.batchStatus}`) : (brief.batchStatus ?? "") }) : t("generateForm")}
                {brief.assetKinds.length > 0 ? ` · ${brief.assetKinds.map(labels.channel).join(", ")}` : ""}
                {brief.language ? ` · ${labels.language(brief.language)}` : ""}
                {` · ${t("assetCount", { count: brief.assetCount })}`}
                {" · "}
                <time dateTime={brief.at.toISOString()}>{t("at", { time: format.dateTime(brief.at, "dateTime") })}</time>
              </p>
              {brief.source === "batch" && brief.productTitles.length > 0 ? <p className="text-slate-600">{t("products", { titles: brief.productTitles.join(", ") })}</p> : null}
              {brief.audience || brief.goal ? (
                <p className="text-slate-600">
                  {brief.audience ? t("audience", { audience: brief.audience }) : ""}
                  {brief.audience && brief.goal ? " · " : ""}
                  {brief.goal ? t("goal", { goal: brief.goal }) : ""}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
