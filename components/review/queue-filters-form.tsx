import Link from "next/link";
import type { QueueFilters } from "@/lib/review/queries";
import { CHANNEL_LABELS, CHANNEL_ORDER } from "@/components/generate/channels";
import { LANGUAGE_LABELS } from "@/components/assets/labels";

const CONTROL = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm";

type Option = { id: string; label: string };

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFiltersForm({ filters, authors, products, clearHref }: { filters: QueueFilters; authors: Option[]; products: Option[]; clearHref: string }) {
  return (
    <form method="get" aria-label="Filter the queue" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <label className="text-sm font-medium">
        Channel
        <select name="kind" defaultValue={filters.kind ?? ""} className={CONTROL}>
          <option value="">All channels</option>
          {CHANNEL_ORDER.map((kind) => (
            <option key={kind} value={kind}>
              {CHANNEL_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Author
        <select name="author" defaultValue={filters.authorId ?? ""} className={CONTROL}>
          <option value="">Anyone</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Language
        <select name="language" defaultValue={filters.language ?? ""} className={CONTROL}>
          <option value="">Any language</option>
          <option value="de">{LANGUAGE_LABELS.de}</option>
          <option value="en">{LANGUAGE_LABELS.en}</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Validation
        <select name="validation" defaultValue={filters.validation ?? ""} className={CONTROL}>
          <option value="">Any</option>
          <option value="valid">Valid</option>
          <option value="invalid">Has errors</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Product
        <select name="product" defaultValue={filters.productSourceId ?? ""} className={CONTROL}>
          <option value="">Any product</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.label}
            </option>
          ))}
        </select>
      </label>
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
