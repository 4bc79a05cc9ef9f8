import Link from "next/link";

/** What a workspace without performance data sees: how to get some in. */
export function EmptyState({ canImport, importHref }: { canImport: boolean; importHref: string }) {
  return (
    <section aria-labelledby="empty-heading" className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-testid="dashboard-empty">
      <h2 id="empty-heading" className="text-lg font-medium">
        No campaign performance imported yet
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6 text-slate-700">
        <li>
          In Google Ads, open <em>Reports → Predefined reports → Basic → Ad</em> (or any report with a <em>Day</em> segment), add the
          columns Campaign, Ad group, Ad ID, Impr., Clicks, Conversions, Cost, Conv. value, Currency code and Final URL, and download it as
          CSV or TSV.
        </li>
        <li>
          In Meta Ads Manager, export the ads table with a <em>Day</em> breakdown (Campaign name, Ad set name, Ad ID, Impressions, Link clicks,
          Purchases, Amount spent, Purchases conversion value, Website URL).
        </li>
        <li>Other tools: any CSV with a date, campaign, impressions, clicks and cost column, through a custom column mapping.</li>
      </ol>
      <p className="mt-3 text-slate-700">
        Ads whose URLs carry the UTM tags of a Brandpilot asset (or whose ad id was linked before) count as AI-generated.
      </p>
      <p className="mt-3">
        {canImport ? (
          <Link href={importHref} className="font-medium text-brand-700 underline">
            Import a report
          </Link>
        ) : (
          <span className="text-slate-700">Importing needs the import permission: ask a workspace admin to import a report.</span>
        )}
      </p>
    </section>
  );
}
