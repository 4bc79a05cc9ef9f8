"use client";

import { useTranslations } from "next-intl";

/**
 * The live region for generation progress. It is always rendered (an aria-live region added
 * together with its first message is often not announced) and lines are appended as a log, so
 * "Meta ad ready" is not swallowed by the "Writing LinkedIn ad…" that follows it.
 */
export function GenerationStatus({ messages }: { messages: readonly string[] }) {
  const t = useTranslations("generate.status");
  return (
    <div role="log" aria-live="polite" aria-label={t("logLabel")} data-testid="generation-status" className="text-sm text-slate-700">
      {messages.length > 0 ? (
        <ul className="space-y-0.5 rounded-md border border-slate-200 bg-white px-4 py-2">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
