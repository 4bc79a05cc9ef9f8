import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";

// Labels in `generate.exports.format.<format>`; the record keeps every format labelled.
const FORMATS = {
  json: "all",
  "html-head": ["seo-page"],
  "google-ads-csv": ["google-rsa"],
  "meta-csv": ["meta-ad"],
  "email-html": ["email"],
  "email-text": ["email"],
  "article-html": ["article"],
  "article-markdown": ["article"],
  "post-text": ["linkedin-post", "instagram-post", "x-post"],
  "merchant-tsv": ["merchant-feed"],
  "citations-csv": "all",
} as const satisfies Record<string, readonly AssetKind[] | "all">;
type ExportFormat = keyof typeof FORMATS;

/** Downloads of the last saved version (unsaved edits are not in an export), or of the published one once there is one. */
export function ExportLinks({ workspaceId, assetId, kind, caption }: { workspaceId: string; assetId: string; kind: AssetKind; caption?: string }) {
  const t = useTranslations("generate.exports");
  const formats = (Object.keys(FORMATS) as ExportFormat[]).filter((format) => {
    const kinds: readonly AssetKind[] | "all" = FORMATS[format];
    return kinds === "all" || kinds.includes(kind);
  });
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-600">{caption ?? t("caption")}</span>
      {formats.map((format) => (
        <a
          key={format}
          className="text-brand-700 underline hover:text-brand-900"
          href={`/api/assets/export?${new URLSearchParams({ workspaceId, assetId, format })}`}
          download
        >
          {t(`format.${format}`)}
        </a>
      ))}
    </p>
  );
}
