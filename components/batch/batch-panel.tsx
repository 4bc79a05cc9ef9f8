"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { changeBatchStatusAction, startBatchAction } from "@/app/(app)/[workspace]/generate/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAssetKindLabel } from "@/components/generate/use-asset-kind-label";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset";
import type { CampaignChoice } from "@/components/generate/campaign-choice";

type Product = { id: string; title: string; category: string | null };
export type BatchView = {
  id: string;
  status: string;
  createdAt: string;
  campaignId: string | null;
  products: number;
  assetKinds: number;
  draftsSaved: number;
  productsDone: number;
  productsFailed: number;
  failures: string[];
};

const BATCH_STATUSES = ["running", "paused", "cancelled", "completed"] as const;
type BatchStatus = (typeof BATCH_STATUSES)[number];
const isBatchStatus = (value: string): value is BatchStatus => (BATCH_STATUSES as readonly string[]).includes(value);

/**
 * Batch generation: pick a category (or products), asset kinds and language, optionally a campaign
 * (campaign × products × channels: each draft inherits its persona, landing page and the offer
 * that holds for its product); watch progress; pause, resume, cancel.
 */
export function BatchPanel({ workspaceId, products, campaigns = [], batches }: { workspaceId: string; products: Product[]; campaigns?: CampaignChoice[]; batches: BatchView[] }) {
  const router = useRouter();
  const t = useTranslations("batch");
  const kindLabel = useAssetKindLabel();
  const errorText = useActionErrorText();
  const uncategorised = t("uncategorised");
  const categories = useMemo(() => [...new Set(products.map((p) => p.category ?? uncategorised))].sort(), [products, uncategorised]);
  const [category, setCategory] = useState(categories[0] ?? "");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assetKinds, setAssetKinds] = useState<Set<AssetKind>>(new Set(["google-rsa"]));
  const [language, setLanguage] = useState<"de" | "en">("de");
  const [campaignId, setCampaignId] = useState("");
  const start = useAction(startBatchAction, { onSuccess: () => router.refresh() });
  const change = useAction(changeBatchStatusAction, { onSuccess: () => router.refresh() });
  const inCategory = products.filter((p) => (p.category ?? uncategorised) === category);

  function selectCategory(value: string) {
    setCategory(value);
    setSelected(new Set(products.filter((p) => (p.category ?? uncategorised) === value).map((p) => p.id)));
  }

  function selectCampaign(id: string) {
    setCampaignId(id);
    const languages = campaigns.find((campaign) => campaign.id === id)?.languages ?? [];
    if (languages.length > 0 && !languages.includes(language)) setLanguage(languages[0]!);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start.execute({
      workspaceId,
      productSourceIds: [...selected],
      // No offer code: each product's drafts state the campaign's offer that holds for it.
      brief: { topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: [...assetKinds], language, ...(campaignId ? { campaignId } : {}) },
    });
  }
  const campaignName = (id: string | null) => campaigns.find((campaign) => campaign.id === id)?.name ?? t("unknownCampaign");
  const statusText = (status: string) => (isBatchStatus(status) ? t(`status.${status}`) : status);

  const error = errorText(start.result) ?? errorText(change.result);
  const isActive = batches.some((b) => b.status === "running");

  return (
    <section aria-labelledby="batch-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <AutoRefresh isActive={isActive} intervalMs={2000} />
      <h2 id="batch-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 grid gap-3" noValidate>
        <label className="text-sm font-medium text-slate-800">
          {t("category")}
          <select className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm" value={category} onChange={(e) => selectCategory(e.target.value)}>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        {campaigns.length > 0 ? (
          <label className="text-sm font-medium text-slate-800">
            {t("campaign")}
            <select className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm" value={campaignId} onChange={(e) => selectCampaign(e.target.value)}>
              <option value="">{t("noCampaign")}</option>
              {campaigns.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("products", { count: selected.size })}</legend>
          <ul className="mt-1 max-h-40 overflow-auto rounded-md border border-slate-200 p-2 text-sm">
            {inCategory.map((p) => (
              <li key={p.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={selected.has(p.id)}
                    onChange={() => setSelected((s) => (s.has(p.id) ? new Set([...s].filter((id) => id !== p.id)) : new Set([...s, p.id])))}
                  />
                  {p.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("channels")}</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {ASSET_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={assetKinds.has(kind)}
                  onChange={() => setAssetKinds((s) => (s.has(kind) ? new Set([...s].filter((k) => k !== kind)) : new Set([...s, kind])))}
                />
                {t("channelOption", { kind: kindLabel(kind) })}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="text-sm font-medium text-slate-800">
          {t("language")}
          <select className="mt-1 block min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm" value={language} onChange={(e) => setLanguage(e.target.value as "de" | "en")}>
            <option value="de">{t("contentLanguage.de")}</option>
            <option value="en">{t("contentLanguage.en")}</option>
          </select>
        </label>
        <div>
          <Button type="submit" disabled={start.isPending || selected.size === 0 || assetKinds.size === 0}>
            {t("start")}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {batches.length > 0 ? (
        <ul className="mt-4 grid gap-3" aria-label={t("listLabel")}>
          {batches.map((batch) => {
            const total = batch.products * batch.assetKinds;
            const percent = total === 0 ? 0 : Math.round((100 * batch.draftsSaved) / total);
            return (
              <li key={batch.id} className="rounded-md border border-slate-200 p-3 text-sm" aria-label={t("itemLabel", { count: batch.products })}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {t.rich(batch.campaignId ? "summaryWithCampaign" : "summary", {
                      campaign: campaignName(batch.campaignId),
                      products: batch.products,
                      channels: batch.assetKinds,
                      status: statusText(batch.status),
                      strong: (chunks) => <strong>{chunks}</strong>,
                    })}
                  </span>
                  <span className="flex gap-2">
                    {batch.status === "running" ? (
                      <Button variant="secondary" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "pause" })}>
                        {t("pause")}
                      </Button>
                    ) : null}
                    {batch.status === "paused" ? (
                      <Button variant="secondary" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "resume" })}>
                        {t("resume")}
                      </Button>
                    ) : null}
                    {batch.status === "running" || batch.status === "paused" ? (
                      <Button variant="danger" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "cancel" })}>
                        {t("cancel")}
                      </Button>
                    ) : null}
                  </span>
                </div>
                <progress className="mt-2 w-full" max={total} value={batch.draftsSaved} aria-label={t("progressLabel", { saved: batch.draftsSaved, total })}>
                  {t("percent", { percent: percent / 100 })}
                </progress>
                <p className="text-slate-600">
                  {t(batch.productsFailed ? "progressWithFailures" : "progress", { saved: batch.draftsSaved, total, done: batch.productsDone, failed: batch.productsFailed })}
                </p>
                {batch.failures.length > 0 ? <p className="text-red-700">{batch.failures.join(" · ")}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
