import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { ASSET_KIND_LABELS } from "@/components/generate/asset-kinds";
import { formatDateTime } from "./format-time";
import { LANGUAGE_LABELS } from "./labels";
import { StateBadge } from "./state-badge";

export type HeaderAsset = {
  title: string;
  kind: AssetKind;
  state: AssetState;
  language: "de" | "en";
  authorName: string;
  productTitle: string | null;
  reviewRounds: number;
  currentVersion: number;
  publishedVersion: number | null;
  updatedAt: Date;
};

/** Title, state and the facts a reviewer looks for first. */
export function AssetHeader({ asset, viewedVersion, libraryHref }: { asset: HeaderAsset; viewedVersion: number; libraryHref: string }) {
  const facts: [string, string][] = [
    ["Channel", ASSET_KIND_LABELS[asset.kind]],
    ["Product", asset.productTitle ?? "—"],
    ["Author", asset.authorName],
    ["Language", LANGUAGE_LABELS[asset.language]],
    ["Review round", asset.reviewRounds === 0 ? "not submitted yet" : String(asset.reviewRounds)],
    ["Version", `${viewedVersion === asset.currentVersion ? "current " : ""}${viewedVersion} of ${asset.currentVersion}${asset.publishedVersion !== null ? ` (published: ${asset.publishedVersion})` : ""}`],
    ["Updated", formatDateTime(asset.updatedAt)],
  ];
  return (
    <header className="mb-4 space-y-2">
      <Link href={libraryHref} className="text-sm text-brand-700 underline">
        ← Assets
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{asset.title}</h1>
        <StateBadge state={asset.state} />
      </div>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700" data-testid="asset-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="flex gap-1">
            <dt className="text-slate-500">{term}:</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
