"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { changeBatchStatusAction, startBatchAction } from "@/app/(app)/[workspace]/generate/actions";
import { describeActionError } from "@/components/ui/action-error";
import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ASSET_KIND_LABELS } from "@/components/generate/asset-kinds";
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

/**
 * Batch generation: pick a category (or products), asset kinds and language, optionally a campaign
 * (campaign × products × channels: each draft inherits its persona, landing page and the offer
 * that holds for its product); watch progress; pause, resume, cancel.
 */
export function BatchPanel({ workspaceId, products, campaigns = [], batches }: { workspaceId: string; products: Product[]; campaigns?: CampaignChoice[]; batches: BatchView[] }) {
  const router = useRouter();
  const categories = useMemo(() => [...new Set(products.map((p) => p.category ?? "Uncategorised"))].sort(), [products]);
  const [category, setCategory] = useState(categories[0] ?? "");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assetKinds, setAssetKinds] = useState<Set<AssetKind>>(new Set(["google-rsa"]));
  const [language, setLanguage] = useState<"de" | "en">("de");
  const [campaignId, setCampaignId] = useState("");
  const start = useAction(startBatchAction, { onSuccess: () => router.refresh() });
  const change = useAction(changeBatchStatusAction, { onSuccess: () => router.refresh() });
  const inCategory = products.filter((p) => (p.category ?? "Uncategorised") === category);

  function selectCategory(value: string) {
    setCategory(value);
    setSelected(new Set(products.filter((p) => (p.category ?? "Uncategorised") === value).map((p) => p.id)));
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
  const campaignName = (id: string | null) => campaigns.find((campaign) => campaign.id === id)?.name ?? "a campaign";

  const error = describeActionError(start.result) ?? describeActionError(change.result);
  const isActive = batches.some((b) => b.status === "running");

  return (
    <section aria-labelledby="batch-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <AutoRefresh isActive={isActive} intervalMs={2000} />
      <h2 id="batch-heading" className="text-lg font-medium">
        Batch generation
      </h2>
      <p className="mt-1 text-sm text-slate-600">One draft per product and channel, written in the background. Starting the same batch again does not duplicate drafts.</p>
      <form onSubmit={submit} className="mt-3 grid gap-3" noValidate>
        <label className="text-sm font-medium text-slate-800">
          Category
          <select className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm" value={category} onChange={(e) => selectCategory(e.target.value)}>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        {campaigns.length > 0 ? (
          <label className="text-sm font-medium text-slate-800">
            Batch campaign
            <select className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm" value={campaignId} onChange={(e) => selectCampaign(e.target.value)}>
              <option value="">No campaign</option>
              {campaigns.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Products ({selected.size} selected)</legend>
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
          <legend className="text-sm font-medium text-slate-800">Batch channels</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {ASSET_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={assetKinds.has(kind)}
                  onChange={() => setAssetKinds((s) => (s.has(kind) ? new Set([...s].filter((k) => k !== kind)) : new Set([...s, kind])))}
                />
                Batch: {ASSET_KIND_LABELS[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="text-sm font-medium text-slate-800">
          Batch language
          <select className="mt-1 block min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm" value={language} onChange={(e) => setLanguage(e.target.value as "de" | "en")}>
            <option value="de">German</option>
            <option value="en">English</option>
          </select>
        </label>
        <div>
          <Button type="submit" disabled={start.isPending || selected.size === 0 || assetKinds.size === 0}>
            Start batch
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {batches.length > 0 ? (
        <ul className="mt-4 grid gap-3" aria-label="Batches">
          {batches.map((batch) => {
            const total = batch.products * batch.assetKinds;
            const percent = total === 0 ? 0 : Math.round((100 * batch.draftsSaved) / total);
            return (
              <li key={batch.id} className="rounded-md border border-slate-200 p-3 text-sm" aria-label={`Batch of ${batch.products} products`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {batch.campaignId ? `${campaignName(batch.campaignId)} × ` : ""}
                    {batch.products} products × {batch.assetKinds} channels · <strong>{batch.status}</strong>
                  </span>
                  <span className="flex gap-2">
                    {batch.status === "running" ? (
                      <Button variant="secondary" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "pause" })}>
                        Pause
                      </Button>
                    ) : null}
                    {batch.status === "paused" ? (
                      <Button variant="secondary" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "resume" })}>
                        Resume
                      </Button>
                    ) : null}
                    {batch.status === "running" || batch.status === "paused" ? (
                      <Button variant="danger" onClick={() => change.execute({ workspaceId, batchId: batch.id, change: "cancel" })}>
                        Cancel
                      </Button>
                    ) : null}
                  </span>
                </div>
                <progress className="mt-2 w-full" max={total} value={batch.draftsSaved} aria-label={`Batch progress: ${batch.draftsSaved} of ${total} drafts`}>
                  {percent} %
                </progress>
                <p className="text-slate-600">
                  {batch.draftsSaved} of {total} drafts saved · {batch.productsDone} products done{batch.productsFailed ? ` · ${batch.productsFailed} failed` : ""}
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
