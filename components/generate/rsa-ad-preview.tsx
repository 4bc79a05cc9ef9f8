import { useTranslations } from "next-intl";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { displayUrl, pickForPreview } from "./preview-text";

/** One combination Google could serve: up to three headlines and two descriptions, pins respected. */
export function RsaAdPreview({ ad }: { ad: GoogleRsa }) {
  const t = useTranslations("generate.previews");
  const headlines = pickForPreview(ad.headlines, 3).map((headline) => headline.text);
  const descriptions = pickForPreview(ad.descriptions, 2).map((description) => description.text);
  return (
    <figure data-testid="ad-preview" className="rounded-md border border-slate-200 bg-white p-4 font-[Arial,sans-serif]">
      <figcaption className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("rsaPreview")}</figcaption>
      <p className="text-xs font-bold text-slate-900">{t("sponsored")}</p>
      <p className="text-sm text-slate-700">{displayUrl(ad.finalUrl, ad.path1, ad.path2)}</p>
      <p className="text-xl leading-snug text-[#1a0dab]">{headlines.length > 0 ? headlines.join(" | ") : t("headlinesMissing")}</p>
      <p className="text-sm text-slate-600">{descriptions.join(" ")}</p>
    </figure>
  );
}
