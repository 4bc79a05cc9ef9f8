import type { ResultEvent } from "./parse-event";

export const LOCAL_EXTRACTIVE_LABEL = "Local extractive model — recombines sentences from your sources, not a generative AI";

/**
 * Who wrote the draft. The local extractive writer only recombines source sentences; calling
 * its output "AI-generated" would oversell it, so it is named plainly wherever it appears.
 */
export function ModelNotice({ result }: { result: ResultEvent }) {
  return (
    <div className="space-y-2 text-sm">
      {result.isLocalExtractive ? (
        <div>
          <p className="inline-block rounded-full border border-slate-300 bg-slate-100 px-3 py-1 text-xs font-medium text-slate-800" data-testid="local-extractive-badge">
            {LOCAL_EXTRACTIVE_LABEL}
          </p>
          <p className="mt-1 text-xs text-slate-600">
            Written by the local extractive model{result.model ? ` (${result.model})` : ""}; no text was sent to an AI provider.
          </p>
        </div>
      ) : (
        <p className="text-xs text-slate-600">
          Model: <code>{result.model ?? "unknown"}</code>
        </p>
      )}
      {result.isBestEffort ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <span className="font-semibold">
            <span aria-hidden="true">⚠</span> Best attempt:
          </span>{" "}
          no model produced a fully valid asset. This is the attempt with the fewest errors; fix the errors below before submitting it.
        </p>
      ) : null}
    </div>
  );
}
