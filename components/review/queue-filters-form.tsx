import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { QueueFilters } from "@/lib/review/queries";
import { ASSET_KIND_ORDER } from "@/components/generate/asset-kinds";
import { FilterSelect } from "@/components/ui/filter-select";


type Option = { id: string; label: string };

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export async function QueueFiltersForm({ filters, authors, products, clearHref }: { filters: QueueFilters; authors: Option[]; products: Option[]; clearHref: string }) {
  const t = await getTranslations("review.filters");
  const tKind = await getTranslations("assets.kinds");
  const tLanguage = await getTranslations("assets.languages");
  return (
    <form method="get" aria-label={t("label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <FilterSelect label={t("channel")} name="kind" value={filters.kind} anyLabel={t("allChannels")} options={ASSET_KIND_ORDER.map((kind) => ({ value: kind, label: tKind(kind) }))} />
      <FilterSelect label={t("author")} name="author" value={filters.authorId} anyLabel={t("anyone")} options={authors.map((a) => ({ value: a.id, label: a.label }))} />
      <FilterSelect label={t("language")} name="language" value={filters.language} anyLabel={t("anyLanguage")} options={(["de", "en"] as const).map((l) => ({ value: l, label: tLanguage(l) }))} />
      <FilterSelect
        label={t("validation")}
        name="validation"
        value={filters.validation}
        anyLabel={t("any")}
        options={[
          { value: "valid", label: t("valid") },
          { value: "invalid", label: t("hasErrors") },
        ]}
      />
      <FilterSelect label={t("product")} name="product" value={filters.productSourceId} anyLabel={t("anyProduct")} options={products.map((p) => ({ value: p.id, label: p.label }))} />
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
          {t("submit")}
        </button>
        <Link href={clearHref} className="text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
