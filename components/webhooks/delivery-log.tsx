"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { redeliverAction } from "@/app/(app)/[workspace]/admin/webhook/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";

export type DeliveryLogEntry = {
  id: string;
  eventId: string;
  event: string;
  assetId: string | null;
  title: string | null;
  version: number | null;
  /** For events without an asset (imports, budget). */
  summary: string | null;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  /** ISO 8601; shown in the reader's format. */
  createdAt: string;
  deliveredAt: string | null;
  log: { statusCode: number | null; responseExcerpt: string | null; error: string | null; durationMs: number; createdAt: string }[];
};

/** Every delivery with its attempts (status, response excerpt, error, duration) and a Redeliver button. */
export function DeliveryLog({ workspaceId, workspacePath, deliveries }: { workspaceId: string; workspacePath: string; deliveries: DeliveryLogEntry[] }) {
  const router = useRouter();
  const t = useTranslations("webhooks.log");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const time = (iso: string) => tCommon("timeZoneSuffix", { time: format.dateTime(new Date(iso), "dateTime") });
  const redeliver = useAction(redeliverAction, { onSuccess: () => router.refresh() });
  const error = errorText(redeliver.result);

  return (
    <section aria-labelledby="log-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="log-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {redeliver.hasSucceeded ? <Alert tone="success">{t("queued")}</Alert> : null}
      </div>
      {deliveries.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="space-y-2" data-testid="delivery-log">
        {deliveries.map((d) => (
          <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid={`delivery-${d.id}`}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs" title={t("eventId", { id: d.eventId })}>
                {d.event}
              </code>
              {d.assetId ? (
                <Link href={`${workspacePath}/assets/${d.assetId}${d.version ? `?version=${d.version}` : ""}`} className="font-medium text-brand-700 underline">
                  {d.title ?? d.assetId}
                  {d.version ? ` ${t("versionShort", { version: d.version })}` : ""}
                </Link>
              ) : (
                <span className="font-medium">{d.summary ?? d.event}</span>
              )}
              <span className={d.status === "failed" ? "font-medium text-red-700" : d.status === "delivered" ? "text-green-800" : "text-slate-700"}>{t(`status.${d.status}`)}</span>
              <span>
                {t("attempts", { count: d.attempts })}
              </span>
              <span>{d.lastStatusCode === null ? t("lastStatusNone") : t("lastStatus", { code: d.lastStatusCode })}</span>
              <span className="text-slate-600">{time(d.createdAt)}</span>
              {/* While the queue still retries, a redelivery would POST the same version twice. */}
              {d.status === "pending" ? (
                <span className="ml-auto text-xs text-slate-600">{t("retrying")}</span>
              ) : (
                <button
                  type="button"
                  className="ml-auto rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 aria-disabled:opacity-60"
                  aria-disabled={redeliver.isPending || undefined}
                  onClick={() => !redeliver.isPending && redeliver.execute({ workspaceId, deliveryId: d.id })}
                >
                  {t("redeliver")}
                  <span className="sr-only">
                    {" "}
                    {d.version
                      ? t("redeliverWhatVersion", { event: d.event, what: d.title ?? d.summary ?? "", version: d.version })
                      : t("redeliverWhat", { event: d.event, what: d.title ?? d.summary ?? "" })}
                  </span>
                </button>
              )}
            </div>
            {d.log.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs text-slate-700">{t("attemptsSummary", { count: d.log.length })}</summary>
                <ol className="mt-1 space-y-1 text-xs">
                  {d.log.map((attempt, index) => (
                    <li key={index} className="rounded bg-slate-50 p-2">
                      <span className="font-medium">{attempt.statusCode !== null ? t("http", { code: attempt.statusCode }) : t("noResponse")}</span> ·{" "}
                      {t("duration", { ms: attempt.durationMs })} · {time(attempt.createdAt)}
                      {attempt.error ? <span className="block text-red-700">{t("error", { error: attempt.error })}</span> : null}
                      {attempt.responseExcerpt ? <pre className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap break-all text-slate-700">{attempt.responseExcerpt}</pre> : null}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
