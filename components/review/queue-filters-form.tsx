import Link from "next/link";
import type { QueueFilters } from "@/lib/review/queries";
import { ASSET_KIND_LABELS, ASSET_KIND_ORDER } from "@/components/generate/asset-kinds";
import { LANGUAGE_LABELS } from "@/components/assets/labels";
import { FilterSelect } from "@/components/ui/filter-select";


type Option = { id: string; label: string };

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFiltersForm({ filters, authors, products, clearHref }: { filters: QueueFilters; authors: Option[]; products: Option[]; clearHref: string }) {
  return (
    <form method="get" aria-label="Filter the queue" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <FilterSelect label="Channel" name="kind" value={filters.kind} anyLabel="All channels" options={ASSET_KIND_ORDER.map((kind) => ({ value: kind, label: ASSET_KIND_LABELS[kind] }))} />
      <FilterSelect label="Author" name="author" value={filters.authorId} anyLabel="Anyone" options={authors.map((a) => ({ value: a.id, label: a.label }))} />
      <FilterSelect label="Language" name="language" value={filters.language} anyLabel="Any language" options={(["de", "en"] as const).map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))} />
      <FilterSelect
        label="Validation"
        name="validation"
        value={filters.validation}
        anyLabel="Any"
        options={[
          { value: "valid", label: "Valid" },
          { value: "invalid", label: "Has errors" },
        ]}
      />
      <FilterSelect label="Product" name="product" value={filters.productSourceId} anyLabel="Any product" options={products.map((p) => ({ value: p.id, label: p.label }))} />
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
          Filter
        </button>
        <Link href={clearHref} className="text-sm text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
