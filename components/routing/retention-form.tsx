"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setPayloadRetentionAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

/** How long the text sent to providers is kept for "What was sent" in the recent calls. */
export function RetentionForm({ workspaceId, days }: { workspaceId: string; days: number }) {
  const router = useRouter();
  const [value, setValue] = useState(String(days));
  const save = useAction(setPayloadRetentionAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ workspaceId, payloadRetentionDays: Number(value) });
  }

  return (
    <section aria-labelledby="retention-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="text-lg font-medium">
        What leaves: retention
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        The text each call sent to a model outside this server (after redaction) is kept for this many days, for review under Recent calls. 0 keeps
        nothing; shortening it deletes older text at once.
      </p>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
        <Field id="retention-days" label="Keep sent text for (days, 0 = don't store)">
          <TextInput id="retention-days" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
        </Field>
        <Button type="submit" disabled={save.isPending}>
          Save retention
        </Button>
      </form>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </section>
  );
}
