import Link from "next/link";
import { CHANNEL_LABELS, CHANNEL_ORDER } from "@/components/generate/channels";
import { STATE_LABELS, STATE_ORDER } from "./labels";
import type { LibraryFilters } from "./library-params";

const CONTROL = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm";

/** Search and filters as a GET form, so every view of the library has a URL. */
export function AssetsFiltersForm({ filters, clearHref }: { filters: LibraryFilters; clearHref: string }) {
  return (
    <form method="get" role="search" aria-label="Search assets" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
      <label className="text-sm font-medium">
        Search
        <input type="search" name="q" defaultValue={filters.search ?? ""} placeholder="Title, product or author" className={CONTROL} />
      </label>
      <label className="text-sm font-medium">
        State
        <select name="state" defaultValue={filters.state ?? ""} className={CONTROL}>
          <option value="">Any state</option>
          {STATE_ORDER.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
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
