import Link from "next/link";
import { useTranslations } from "next-intl";
import { ASSET_KIND_ORDER } from "@/components/generate/asset-kinds";
import { STATE_ORDER } from "./labels";
import type { LibraryFilters } from "./library-params";
import { FILTER_CONTROL_CLASS, FilterSelect } from "@/components/ui/filter-select";


/** Search and filters as a GET form, so every view of the library has a URL. */
export function AssetsFiltersForm({ filters, clearHref }: { filters: LibraryFilters; clearHref: string }) {
  const t = useTranslations("assets.filters");
  const tKind = useTranslations("assets.kinds");
  const tState = useTranslations("assets.states");
  return (
    <form method="get" role="search" aria-label={t("label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
      <label className="text-sm font-medium">
        {t("search")}
        <input type="search" name="q" defaultValue={filters.search ?? ""} placeholder={t("searchPlaceholder")} className={FILTER_CONTROL_CLASS} />
      </label>
      <FilterSelect label={t("state")} name="state" value={filters.state} anyLabel={t("anyState")} options={STATE_ORDER.map((state) => ({ value: state, label: tState(state) }))} />
      <FilterSelect label={t("channel")} name="kind" value={filters.kind} anyLabel={t("allChannels")} options={ASSET_KIND_ORDER.map((kind) => ({ value: kind, label: tKind(kind) }))} />
      {/* Archived drafts leave the library; this is the way back to them (and to Restore). */}
      <FilterSelect label={t("show")} name="archived" value={filters.archived ? "1" : undefined} anyLabel={t("current")} options={[{ value: "1", label: t("archived") }]} />
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
