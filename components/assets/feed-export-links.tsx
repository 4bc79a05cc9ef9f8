import type { AssetLanguage } from "@/lib/assets/schemas/language";

import { useTranslations } from "next-intl";

/**
 * The product feed copy of the whole workspace as Merchant Center supplemental feeds: one file
 * per language, since a feed serves one market and one product id may appear only once in it.
 * Shown only when approved or published feed copy exists (the export leaves drafts out).
 */
export function FeedExportLinks({ workspaceId, languages }: { workspaceId: string; languages: readonly AssetLanguage[] }) {
  const t = useTranslations("assets.feedExport");
  const tLanguage = useTranslations("assets.languages");
  if (languages.length === 0) return null;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-3 text-sm" data-testid="feed-export-links">
      <span className="text-slate-600">{t("intro")}</span>
      {languages.map((language) => (
        <a
          key={language}
          className="text-brand-700 underline hover:text-brand-900"
          href={`/api/assets/feed-export?${new URLSearchParams({ workspaceId, language })}`}
          download
        >
          {t("link", { language: tLanguage(language) })}
        </a>
      ))}
    </p>
  );
}
