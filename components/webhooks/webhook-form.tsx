"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveWebhookAction } from "@/app/(app)/[workspace]/admin/webhook/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { SecretOnce } from "./secret-once";
import { DEFAULT_WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";

/** Message keys of the event types (their ids contain dots, which next-intl reads as nesting). */
const EVENT_KEYS = {
  "asset.submitted": "assetSubmitted",
  "asset.approved": "assetApproved",
  "asset.published": "assetPublished",
  "import.finished": "importFinished",
  "budget.warning": "budgetWarning",
} as const satisfies Record<WebhookEventType, string>;

export type WebhookSettingsView = { url: string; isEnabled: boolean; events: WebhookEventType[]; secretHint: string; updatedAt: string } | null;

/**
 * The workspace's CMS webhook. The signing secret never comes back from the server except
 * once, right after it is created or rotated; the page keeps it only in memory.
 */
export function WebhookForm({ workspaceId, settings }: { workspaceId: string; settings: WebhookSettingsView }) {
  const router = useRouter();
  const t = useTranslations("webhooks.form");
  const tEvents = useTranslations("webhooks.events");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const [url, setUrl] = useState(settings?.url ?? "");
  const [isEnabled, setIsEnabled] = useState(settings?.isEnabled ?? true);
  const [rotateSecret, setRotateSecret] = useState(false);
  const [events, setEvents] = useState<WebhookEventType[]>(settings?.events ?? [...DEFAULT_WEBHOOK_EVENTS]);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const save = useAction(saveWebhookAction, {
    onExecute: () => setNewSecret(null),
    onSuccess: ({ data }) => {
      setNewSecret(data.newSecret);
      setRotateSecret(false);
      router.refresh();
    },
  });
  const error = errorText(save.result);
  const fieldError = save.result.validationErrors?.fieldErrors.url?.[0];
  const eventsError = save.result.validationErrors?.fieldErrors.events?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ workspaceId, url, isEnabled, rotateSecret, events });
  }

  function toggle(event: WebhookEventType, checked: boolean) {
    setEvents((current) => (checked ? WEBHOOK_EVENT_TYPES.filter((e) => e === event || current.includes(e)) : current.filter((e) => e !== event)));
  }

  return (
    <section aria-labelledby="webhook-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="webhook-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">
        {settings
          ? t(settings.isEnabled ? "secretStateOn" : "secretStatePaused", {
              hint: settings.secretHint,
              time: tCommon("timeZoneSuffix", { time: format.dateTime(new Date(settings.updatedAt), "dateTime") }),
            })
          : t("none")}
      </p>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <Field id="webhook-url" label={t("url")} error={fieldError}>
          <TextInput id="webhook-url" type="url" inputMode="url" placeholder="https://cms.example.com/hooks/brandpilot" value={url} error={fieldError} onChange={(e) => setUrl(e.target.value)} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={isEnabled} onChange={(e) => setIsEnabled(e.target.checked)} className="size-4" />
          {t("enabled")}
        </label>
        <fieldset className="space-y-1" aria-describedby={eventsError ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium">{t("events")}</legend>
          {WEBHOOK_EVENT_TYPES.map((event) => (
            <label key={event} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="events" value={event} checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} className="mt-0.5 size-4" />
              <span>
                {tEvents(`${EVENT_KEYS[event]}.label`)} <code className="text-xs text-slate-600">{event}</code>
                <span className="block text-slate-600">{tEvents(`${EVENT_KEYS[event]}.description`)}</span>
              </span>
            </label>
          ))}
          {eventsError ? (
            <p id="webhook-events-error" className="text-sm text-red-700">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        {settings ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={rotateSecret} onChange={(e) => setRotateSecret(e.target.checked)} className="size-4" />
            {t("rotate")}
          </label>
        ) : null}
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("submit")}
        </Button>
      </form>
      <div aria-live="polite" className="space-y-2">
        {error && !fieldError && !eventsError ? <Alert tone="error">{error}</Alert> : null}
        {save.hasSucceeded && !newSecret ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
      {newSecret ? <SecretOnce secret={newSecret} /> : null}
    </section>
  );
}
