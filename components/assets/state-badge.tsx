import type { AssetState } from "@/lib/review/workflow";
import { useTranslations } from "next-intl";

const STYLES: Record<AssetState, string> = {
  draft: "border-slate-300 bg-slate-50 text-slate-800",
  in_review: "border-brand-100 bg-brand-50 text-brand-900",
  changes_requested: "border-amber-300 bg-amber-50 text-amber-900",
  approved: "border-green-300 bg-green-50 text-green-900",
  published: "border-green-600 bg-green-100 text-green-900",
  archived: "border-slate-300 bg-slate-100 text-slate-600",
};

/** The asset's state in words, with a colour as a second cue only. */
export function StateBadge({ state }: { state: AssetState }) {
  const t = useTranslations("assets.states");
  return (
    <span data-testid="state-badge" className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[state]}`}>
      {t(state)}
    </span>
  );
}

/** Validation in words and a symbol: "✓ Valid", "✕ 2 errors". */
export function ValidityBadge({ isValid, errors, warnings }: { isValid: boolean; errors: number; warnings: number }) {
  const t = useTranslations("assets.validity");
  if (!isValid) {
    return (
      <span className="text-xs font-medium whitespace-nowrap text-red-700">
        <span aria-hidden="true">✕</span> {t("errors", { count: errors })}
      </span>
    );
  }
  return (
    <span className={`text-xs font-medium whitespace-nowrap ${warnings > 0 ? "text-amber-800" : "text-green-700"}`}>
      <span aria-hidden="true">{warnings > 0 ? "⚠" : "✓"}</span> {t("valid", { warnings })}
    </span>
  );
}
