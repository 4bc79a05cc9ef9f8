import { describeModelUse } from "@/lib/ai/disclosure";
import type { ResultEvent } from "./parse-event";

export const LOCAL_EXTRACTIVE_LABEL = "Local extractive model — recombines sentences from your sources, not a generative AI";

/**
 * Who wrote the draft, and what was sent to whom for it. The local extractive writer only
 * recombines source sentences; calling its output "AI-generated" would oversell it, so it is
 * named plainly wherever it appears. The privacy note has the same sentences for every path
 * (local, hosted, fallback after failures, cache): lib/ai/disclosure.ts.
 */
export function ModelNotice({ result }: { result: ResultEvent }) {
  return (
    <div className="space-y-2 text-sm">
      {result.isLocalExtractive ? (
        <p className="inline-block rounded-full border border-slate-300 bg-slate-100 px-3 py-1 text-xs font-medium text-slate-800" data-testid="local-extractive-badge">
          {LOCAL_EXTRACTIVE_LABEL}
        </p>
      ) : null}
      <PrivacyNote result={result} />
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

function PrivacyNote({ result }: { result: ResultEvent }) {
  // Drafts saved before disclosures were recorded: say only what is known, never "nothing was sent".
  const sentences = result.privacy ? describeModelUse(result.privacy) : [`Model: ${result.model ?? "unknown"}. What was sent for this earlier draft was not recorded.`];
  return (
    <p className="text-xs text-slate-600" data-testid="privacy-note">
      {sentences.join(" ")}
    </p>
  );
}
