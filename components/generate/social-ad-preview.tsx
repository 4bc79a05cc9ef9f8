import { useTranslations } from "next-intl";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import type { MetaAdDraft } from "./asset-draft";
import { FIELD_LIMITS } from "./field-limits";
import { hostOf, truncateVisible } from "./preview-text";

function ImagePlaceholder() {
  const t = useTranslations("generate.previews");
  return (
    // slate-700 on slate-200 is 8.6:1; slate-500 was 3.86:1, below the 4.5:1 small text needs (axe color-contrast).
    <div className="flex aspect-[1.91/1] items-center justify-center bg-slate-200 text-xs text-slate-700">{t("imagePlaceholder")}</div>
  );
}

/** A Meta feed ad with the primary text cut where Meta shows "See more". */
export function MetaAdPreview({ ad }: { ad: MetaAdDraft }) {
  const primary = truncateVisible(ad.primaryText.text, FIELD_LIMITS.metaPrimaryText.max);
  const t = useTranslations("generate.previews");
  const ctaLabel = useTranslations("generate.metaCta");
  const cta = ad.callToAction ? ctaLabel(ad.callToAction) : null;
  return (
    <figure data-testid="ad-preview" className="max-w-md overflow-hidden rounded-md border border-slate-200 bg-white text-sm">
      <figcaption className="px-3 pt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("feedPreview")}</figcaption>
      <p className="px-3 pt-1 text-xs text-slate-500">{t("sponsored")}</p>
      <p className="px-3 py-2 whitespace-pre-line text-slate-900">
        {primary}
        {primary !== ad.primaryText.text ? <span className="text-slate-500"> {t("seeMoreMeta")}</span> : null}
      </p>
      <ImagePlaceholder />
      <div className="flex items-center justify-between gap-3 bg-slate-50 px-3 py-2">
        <div className="min-w-0">
          <p className="truncate text-xs text-slate-500 uppercase">{hostOf(ad.finalUrl) ?? t("siteFallback")}</p>
          <p className="truncate font-semibold text-slate-900">{ad.headline.text}</p>
          <p className="truncate text-xs text-slate-600">{ad.description.text}</p>
        </div>
        {cta ? <span className="shrink-0 rounded bg-slate-200 px-3 py-1.5 text-xs font-semibold text-slate-900">{cta}</span> : null}
      </div>
    </figure>
  );
}

/** A LinkedIn single-image ad with the intro cut where LinkedIn shows "see more". */
export function LinkedInAdPreview({ ad }: { ad: LinkedInAd }) {
  const t = useTranslations("generate.previews");
  const intro = truncateVisible(ad.intro.text, FIELD_LIMITS.linkedinIntro.max);
  return (
    <figure data-testid="ad-preview" className="max-w-md overflow-hidden rounded-md border border-slate-200 bg-white text-sm">
      <figcaption className="px-3 pt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("feedPreview")}</figcaption>
      <p className="px-3 pt-1 text-xs text-slate-500">{t("promoted")}</p>
      <p className="px-3 py-2 whitespace-pre-line text-slate-900">
        {intro}
        {intro !== ad.intro.text ? <span className="text-slate-500"> {t("seeMoreLinkedIn")}</span> : null}
      </p>
      <ImagePlaceholder />
      <div className="bg-slate-50 px-3 py-2">
        <p className="font-semibold text-slate-900">{truncateVisible(ad.headline.text, FIELD_LIMITS.linkedinHeadline.max)}</p>
        <p className="text-xs text-slate-500">{hostOf(ad.finalUrl) ?? t("siteFallback")}</p>
      </div>
    </figure>
  );
}
