import Link from "next/link";
import { ASSET_KIND_LABELS, ASSET_KIND_ORDER } from "@/components/generate/asset-kinds";
import { STATE_LABELS, STATE_ORDER } from "./labels";
import type { LibraryFilters } from "./library-params";
import { FILTER_CONTROL_CLASS, FilterSelect } from "@/components/ui/filter-select";


/** Search and filters as a GET form, so every view of the library has a URL. */
export function AssetsFiltersForm({ filters, clearHref }: { filters: LibraryFilters; clearHref: string }) {
  return (
    <form method="get" role="search" aria-label="Search assets" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
      <label className="text-sm font-medium">
        Search
        <input type="search" name="q" defaultValue={filters.search ?? ""} placeholder="Title, product or author" className={FILTER_CONTROL_CLASS} />
      </label>
      <FilterSelect label="State" name="state" value={filters.state} anyLabel="Any state" options={STATE_ORDER.map((state) => ({ value: state, label: STATE_LABELS[state] }))} />
      <FilterSelect label="Channel" name="kind" value={filters.kind} anyLabel="All channels" options={ASSET_KIND_ORDER.map((kind) => ({ value: kind, label: ASSET_KIND_LABELS[kind] }))} />
      {/* Archived drafts leave the library; this is the way back to them (and to Restore). */}
      <FilterSelect label="Show" name="archived" value={filters.archived ? "1" : undefined} anyLabel="Current assets" options={[{ value: "1", label: "Archived" }]} />
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
          Search
        </button>
        <Link href={clearHref} className="text-sm text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
