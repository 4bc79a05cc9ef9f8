import { useTranslations } from "next-intl";
import { isAssetState } from "./labels";
import { useUtcDateTime } from "./use-utc-date-time";

export type HistoryEntry = { id: string; action: string; fromState: string; toState: string; version: number; comment: string | null; createdAt: Date; actorName: string | null };

const HISTORY_ACTIONS = new Set(["submit", "request_changes", "approve", "publish", "archive", "edit"] as const);
type HistoryAction = typeof HISTORY_ACTIONS extends Set<infer T> ? T : never;
const isHistoryAction = (action: string): action is HistoryAction => (HISTORY_ACTIONS as Set<string>).has(action);

/** Every transition, newest first: who, what, when, on which version, and their comment. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations("assets.history");
  const tState = useTranslations("assets.states");
  const dateTime = useUtcDateTime();
  const stateLabel = (state: string) => (isAssetState(state) ? tState(state) : state);
  return (
    <section aria-labelledby="history-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-slate-200 pl-3">
              <p>
                {t.rich("entry", {
                  actor: entry.actorName ?? t("someone"),
                  action: isHistoryAction(entry.action) ? t(`actions.${entry.action}`) : entry.action,
                  who: (chunks) => <span className="font-medium">{chunks}</span>,
                })}{" "}
                <span className="text-slate-600">
                  {t("details", { version: entry.version, from: stateLabel(entry.fromState), to: stateLabel(entry.toState), time: dateTime(entry.createdAt) })}
                </span>
              </p>
              {entry.comment ? <blockquote className="mt-1 border-l-2 border-amber-300 pl-2 whitespace-pre-line text-slate-800">{entry.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
