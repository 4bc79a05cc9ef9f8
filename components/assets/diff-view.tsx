import type { FieldDiff } from "@/lib/review/diff-versions";
import { useTranslations } from "next-intl";
import { describeWordChanges } from "./diff-display";

/**
 * A field-by-field, word-level diff. Insertions and deletions are <ins> and <del> (underlined
 * and struck through, not colour alone), with hidden words so a screen reader says which is
 * which; the full before and after texts are a click away.
 */
export function DiffView({ diffs, from, to }: { diffs: FieldDiff[]; from: number; to: number }) {
  const t = useTranslations("assets.diff");
  if (diffs.length === 0) return <p className="text-sm text-slate-700">{t("same", { from, to })}</p>;
  return (
    <ol className="space-y-3" data-testid="version-diff">
      {diffs.map((diff) => (
        <li key={diff.path} className="rounded-md border border-slate-200 p-3">
          <p className="flex flex-wrap justify-between gap-2 text-sm font-medium text-slate-900">
            {diff.label}
            <span className="text-xs font-normal text-slate-600">{t("wordChanges", describeWordChanges(diff.parts))}</span>
          </p>
          <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">
            {diff.parts.map((part, index) =>
              part.change === "added" ? (
                <ins key={index} className="mx-px rounded-sm bg-green-100 px-0.5 text-green-900 underline decoration-2">
                  <span className="sr-only">{t("insertedOpen")}</span>
                  {part.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : part.change === "removed" ? (
                <del key={index} className="mx-px rounded-sm bg-red-100 px-0.5 text-red-900 line-through decoration-2">
                  <span className="sr-only">{t("deletedOpen")}</span>
                  {part.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </p>
          <details className="mt-1 text-xs text-slate-600">
            <summary className="cursor-pointer">{t("beforeAfter")}</summary>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
              <dt className="font-medium">{t("version", { version: from })}</dt>
              <dd>{diff.before || t("empty")}</dd>
              <dt className="font-medium">{t("version", { version: to })}</dt>
              <dd>{diff.after || t("empty")}</dd>
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}
