"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveWebhookAction } from "@/app/(app)/[workspace]/admin/webhook/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { formatDateTime } from "@/components/assets/format-time";
import { SecretOnce } from "./secret-once";

export type WebhookSettingsView = { url: string; isEnabled: boolean; secretHint: string; updatedAt: string } | null;

/**
 * The workspace's CMS webhook. The signing secret never comes back from the server except
 * once, right after it is created or rotated; the page keeps it only in memory.
 */
export function WebhookForm({ workspaceId, settings }: { workspaceId: string; settings: WebhookSettingsView }) {
  const router = useRouter();
  const [url, setUrl] = useState(settings?.url ?? "");
  const [isEnabled, setIsEnabled] = useState(settings?.isEnabled ?? true);
  const [rotateSecret, setRotateSecret] = useState(false);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const save = useAction(saveWebhookAction, {
    onExecute: () => setNewSecret(null),
    onSuccess: ({ data }) => {
      setNewSecret(data.newSecret);
      setRotateSecret(false);
      router.refresh();
    },
  });
  const error = describeActionError(save.result);
  const fieldError = save.result.validationErrors?.fieldErrors.url?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ workspaceId, url, isEnabled, rotateSecret });
  }

  return (
    <section aria-labelledby="webhook-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="webhook-heading" className="text-lg font-medium">
        Endpoint
      </h2>
      <p className="text-sm text-slate-700">
        {settings
          ? `Signing secret ${settings.secretHint} (last changed ${formatDateTime(settings.updatedAt)}). ${settings.isEnabled ? "Deliveries are on." : "Deliveries are paused."}`
          : "No webhook yet. Saving one creates its signing secret, shown once."}
      </p>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <Field id="webhook-url" label="URL the published assets are POSTed to" error={fieldError}>
          <TextInput id="webhook-url" type="url" inputMode="url" placeholder="https://cms.example.com/hooks/brandpilot" value={url} error={fieldError} onChange={(e) => setUrl(e.target.value)} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={isEnabled} onChange={(e) => setIsEnabled(e.target.checked)} className="size-4" />
          Enabled: deliver every newly published asset
        </label>
        {settings ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={rotateSecret} onChange={(e) => setRotateSecret(e.target.checked)} className="size-4" />
            Rotate the signing secret (the old one stops working at once; update the CMS)
          </label>
        ) : null}
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save webhook"}
        </Button>
      </form>
      <div aria-live="polite" className="space-y-2">
        {error && !fieldError ? <Alert tone="error">{error}</Alert> : null}
        {save.hasSucceeded && !newSecret ? <Alert tone="success">Webhook saved.</Alert> : null}
      </div>
      {newSecret ? <SecretOnce secret={newSecret} /> : null}
    </section>
  );
}
