"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setBudgetAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

export type BudgetView = { month: string; spentUsd: number; tokens: number; costLimitUsd: number | null; tokenLimit: number | null; warning: string | null; exhausted: string | null };

export function BudgetForm({ workspaceId, status }: { workspaceId: string; status: BudgetView }) {
  const router = useRouter();
  const [cost, setCost] = useState(status.costLimitUsd?.toString() ?? "");
  const [tokens, setTokens] = useState(status.tokenLimit?.toString() ?? "");
  const save = useAction(setBudgetAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ workspaceId, monthlyCostLimitUsd: cost ? Number(cost) : null, monthlyTokenLimit: tokens ? Number(tokens) : null });
  }

  return (
    <section aria-labelledby="budget-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="budget-heading" className="text-lg font-medium">
        Spend in {status.month}
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="budget-status">
        ${status.spentUsd.toFixed(2)} spent{status.costLimitUsd !== null ? ` of $${status.costLimitUsd.toFixed(2)}` : " (no cost limit)"} ·{" "}
        {status.tokens.toLocaleString("en")} tokens{status.tokenLimit !== null ? ` of ${status.tokenLimit.toLocaleString("en")}` : ""}
      </p>
      {status.exhausted ? <Alert tone="error">{status.exhausted}</Alert> : status.warning ? <Alert tone="info">{status.warning}</Alert> : null}
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
        <Field id="budget-cost" label="Monthly cost limit (USD, empty = none)">
          <TextInput id="budget-cost" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </Field>
        <Field id="budget-tokens" label="Monthly token limit (empty = none)">
          <TextInput id="budget-tokens" inputMode="numeric" value={tokens} onChange={(e) => setTokens(e.target.value)} />
        </Field>
        <Button type="submit" disabled={save.isPending}>
          Save budget
        </Button>
      </form>
      <p className="mt-2 text-xs text-slate-600">Calls warn at 80 % and stop at 100 % of either limit.</p>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </section>
  );
}
