import { formatDateTime } from "./format-time";
import { HISTORY_ACTION_LABELS, STATE_LABELS, isAssetState } from "./labels";

export type HistoryEntry = { id: string; action: string; fromState: string; toState: string; version: number; comment: string | null; createdAt: Date; actorName: string | null };

const stateLabel = (state: string) => (isAssetState(state) ? STATE_LABELS[state] : state);

/** Every transition, newest first: who, what, when, on which version, and their comment. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-medium">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">Not submitted yet: the asset has been a draft since it was generated.</p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-slate-200 pl-3">
              <p>
                <span className="font-medium">{entry.actorName ?? "Someone"}</span> {HISTORY_ACTION_LABELS[entry.action] ?? entry.action}{" "}
                <span className="text-slate-600">
                  (version {entry.version}, {stateLabel(entry.fromState)} → {stateLabel(entry.toState)}) · {formatDateTime(entry.createdAt)}
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
