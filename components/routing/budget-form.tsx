"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setBudgetAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

export type BudgetView = { month: string; spentUsd: number; tokens: number; costLimitUsd: number | null; tokenLimit: number | null; warning: string | null; exhausted: string | null };

export function BudgetForm({ workspaceId, status }: { workspaceId: string; status: BudgetView }) {
  const router = useRouter();
  const t = useTranslations("routing.budget");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const usd = (value: number) => format.number(value, { style: "currency", currency: "USD" });
  const integer = (value: number) => format.number(value, "integer");
  const [cost, setCost] = useState(status.costLimitUsd?.toString() ?? "");
  const [tokens, setTokens] = useState(status.tokenLimit?.toString() ?? "");
  const save = useAction(setBudgetAction, { onSuccess: () => router.refresh() });
  const error = errorText(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ workspaceId, monthlyCostLimitUsd: cost ? Number(cost) : null, monthlyTokenLimit: tokens ? Number(tokens) : null });
  }

  return (
    <section aria-labelledby="budget-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="budget-heading" className="text-lg font-medium">
        {t("heading", { month: status.month })}
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="budget-status">
        {status.costLimitUsd !== null ? t("spentOf", { spent: usd(status.spentUsd), limit: usd(status.costLimitUsd) }) : t("spentNoLimit", { spent: usd(status.spentUsd) })} ·{" "}
        {status.tokenLimit !== null ? t("tokensOf", { tokens: integer(status.tokens), limit: integer(status.tokenLimit) }) : t("tokens", { tokens: integer(status.tokens) })}
      </p>
      {status.exhausted ? <Alert tone="error">{status.exhausted}</Alert> : status.warning ? <Alert tone="info">{status.warning}</Alert> : null}
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
        <Field id="budget-cost" label={t("costLimit")}>
          <TextInput id="budget-cost" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </Field>
        <Field id="budget-tokens" label={t("tokenLimit")}>
          <TextInput id="budget-tokens" inputMode="numeric" value={tokens} onChange={(e) => setTokens(e.target.value)} />
        </Field>
        <Button type="submit" disabled={save.isPending}>
          {t("save")}
        </Button>
      </form>
      <p className="mt-2 text-xs text-slate-600">{t("explain")}</p>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
    </section>
  );
}
