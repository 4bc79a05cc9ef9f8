"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveMinimumScoresAction } from "@/app/(app)/[workspace]/admin/brand/minimum-score-actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

type Props = { workspaceId: string; minScoreToSubmit: number | null; minScoreToApprove: number | null };

/** "" is no minimum; anything else must be a whole number 0–100 (the server checks again). */
function parseScore(text: string): number | null | "invalid" {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : "invalid";
}

/**
 * The workspace's minimum compliance scores (0–100): below the first an author cannot submit,
 * below the second an editor approves only with an override reason, which is audited.
 */
export function MinimumScoresForm({ workspaceId, minScoreToSubmit, minScoreToApprove }: Props) {
  const router = useRouter();
  const t = useTranslations("brand.minimumScores");
  const errorText = useActionErrorText();
  const [submit, setSubmit] = useState(minScoreToSubmit?.toString() ?? "");
  const [approve, setApprove] = useState(minScoreToApprove?.toString() ?? "");
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useAction(saveMinimumScoresAction, { onSuccess: () => router.refresh() });
  const error = errorText(save.result);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const toSubmit = parseScore(submit);
    const toApprove = parseScore(approve);
    if (toSubmit === "invalid" || toApprove === "invalid") {
      setInvalid(t("invalid"));
      return;
    }
    setInvalid(null);
    save.execute({ workspaceId, minScoreToSubmit: toSubmit, minScoreToApprove: toApprove });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="minimum-scores-heading" className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div>
        <h2 id="minimum-scores-heading" className="text-base font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="min-score-submit" label={t("toSubmit")}>
          <TextInput id="min-score-submit" inputMode="numeric" value={submit} onChange={(e) => setSubmit(e.target.value)} />
        </Field>
        <Field id="min-score-approve" label={t("toApprove")}>
          <TextInput id="min-score-approve" inputMode="numeric" value={approve} onChange={(e) => setApprove(e.target.value)} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
        {invalid ? <Alert tone="error">{invalid}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {save.hasSucceeded && !error ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </form>
  );
}
