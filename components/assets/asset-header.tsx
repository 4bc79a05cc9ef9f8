import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { useTranslations } from "next-intl";
import { useUtcDateTime } from "./use-utc-date-time";
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
  const t = useTranslations("assets.header");
  const tKind = useTranslations("assets.kinds");
  const tLanguage = useTranslations("assets.languages");
  const dateTime = useUtcDateTime();
  const version = t("versionOf", { viewed: viewedVersion, current: asset.currentVersion, isCurrent: String(viewedVersion === asset.currentVersion) });
  const facts: [string, string][] = [
    [t("channel"), tKind(asset.kind)],
    [t("product"), asset.productTitle ?? "—"],
    [t("author"), asset.authorName],
    [t("language"), tLanguage(asset.language)],
    [t("reviewRound"), asset.reviewRounds === 0 ? t("notSubmitted") : String(asset.reviewRounds)],
    [t("version"), asset.publishedVersion !== null ? t("versionWithPublished", { version, published: asset.publishedVersion }) : version],
    [t("updated"), dateTime(asset.updatedAt)],
  ];
  return (
    <header className="mb-4 space-y-2">
      <Link href={libraryHref} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{asset.title}</h1>
        <StateBadge state={asset.state} />
      </div>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700" data-testid="asset-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="flex gap-1">
            <dt className="text-slate-500">{t("term", { term })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
