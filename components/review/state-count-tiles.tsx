import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssetState } from "@/lib/review/workflow";
import { STATE_ORDER } from "@/components/assets/labels";

/** Counts per state; each tile opens the library filtered to that state. */
export async function StateCountTiles({ counts, workspacePath }: { counts: Record<AssetState, number>; workspacePath: string }) {
  const t = await getTranslations("review.stateCounts");
  const tState = await getTranslations("assets.states");
  return (
    <section aria-labelledby="state-counts-heading" className="mb-6">
      <h2 id="state-counts-heading" className="sr-only">
        {t("heading")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="state-counts">
        {STATE_ORDER.map((state) => (
          <li key={state}>
            <Link
              href={`${workspacePath}/assets?state=${state}`}
              className={`block rounded-lg border bg-white px-3 py-2 hover:bg-slate-50 ${state === "in_review" ? "border-brand-600" : "border-slate-200"}`}
              data-testid={`state-count-${state}`}
            >
              <span className="block text-2xl font-semibold tabular-nums text-slate-900">{counts[state]}</span>
              <span className="block text-sm text-slate-700">{tState(state)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
