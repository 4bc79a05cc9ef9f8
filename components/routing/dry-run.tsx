"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { dryRunRoutingAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Shows the router's decision for a sample request: the chosen model and why each other one was skipped. */
export function DryRun({ workspaceId, tasks }: { workspaceId: string; tasks: string[] }) {
  const t = useTranslations("routing.dryRun");
  const errorText = useActionErrorText();
  const [task, setTask] = useState(tasks[0]!);
  const [inputTokens, setInputTokens] = useState("4000");
  const [personal, setPersonal] = useState(false);
  const [confidential, setConfidential] = useState(false);
  const run = useAction(dryRunRoutingAction);
  const error = errorText(run.result);
  const data = run.result.data;
  const control = "min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

  return (
    <section aria-labelledby="dry-run-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="dry-run-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <div className="mt-3 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          {t("task")}
          <select className={control} value={task} onChange={(e) => setTask(e.target.value)}>
            {tasks.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("inputTokens")}
          <input className={control} inputMode="numeric" value={inputTokens} onChange={(e) => setInputTokens(e.target.value)} />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} /> {t("personal")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> {t("confidential")}
        </label>
        <Button
          onClick={() =>
            run.execute({
              workspaceId,
              task: task as never,
              estimatedInputTokens: Number(inputTokens) || 0,
              estimatedOutputTokens: 1000,
              containsUnredactedPersonalData: personal,
              usesConfidentialContext: confidential,
            })
          }
        >
          {t("decide")}
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {data ? (
        <div className="mt-3 text-sm" aria-live="polite" data-testid="dry-run-result">
          <p className="font-medium">{data.chosen ? t("chosen", { model: data.chosen }) : t("noneEligible")}</p>
          <ul className="mt-2 space-y-1">
            {data.reasons.map((reason) => (
              <li key={reason.modelId}>
                <span className="font-mono text-xs">{reason.modelId}</span> —{" "}
                {reason.outcome === "skipped" ? t("skipped", { reason: reason.reason }) : reason.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
