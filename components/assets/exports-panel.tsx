import type { AssetKind } from "@/lib/assets/schemas/asset";
import { useTranslations } from "next-intl";
import { ExportLinks } from "@/components/generate/export-links";

/** Downloads, with which version they contain: the published one once there is one (exportAsset decides the same). */
export function ExportsPanel({ workspaceId, asset }: { workspaceId: string; asset: { id: string; kind: AssetKind; currentVersion: number; publishedVersion: number | null } }) {
  const published = asset.publishedVersion;
  const t = useTranslations("assets.exports");
  return (
    <section aria-labelledby="exports-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="exports-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">
        {published === null
          ? t("unpublished", { current: asset.currentVersion })
          : asset.currentVersion !== published
            ? t("publishedWithNewer", { published, current: asset.currentVersion })
            : t("published", { published })}
      </p>
      <ExportLinks
        workspaceId={workspaceId}
        assetId={asset.id}
        kind={asset.kind}
        caption={published !== null ? t("captionPublished", { version: published }) : t("captionCurrent", { version: asset.currentVersion })}
      />
    </section>
  );
}
