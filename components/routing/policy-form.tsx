"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateRoutingSettingsAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

type Override = { minQuality?: string; maxCostPerCallUsd?: number; maxLatency?: string; preferred?: string[] };
type PolicyView = { kind: string; minQuality?: string; maxCostPerCallUsd?: number; maxLatency?: string };

/** Residency and per-task overrides of the default routing policy. */
export function PolicyForm({
  workspaceId,
  tasks,
  defaults,
  residency: initialResidency,
  overrides: initialOverrides,
}: {
  workspaceId: string;
  tasks: string[];
  defaults: Record<string, PolicyView>;
  residency: "any" | "eu";
  overrides: Record<string, Override>;
}) {
  const router = useRouter();
  const t = useTranslations("routing.policy");
  const errorText = useActionErrorText();
  const [residency, setResidency] = useState(initialResidency);
  const [overrides, setOverrides] = useState<Record<string, Override>>(initialOverrides);
  const save = useAction(updateRoutingSettingsAction, { onSuccess: () => router.refresh() });
  const error = errorText(save.result);
  const set = (task: string, patch: Override) => setOverrides((current) => ({ ...current, [task]: { ...current[task], ...patch } }));
  const input = "min-h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

  return (
    <section aria-labelledby="policy-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="policy-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <label className="mt-3 flex items-center gap-2 text-sm">
        {t("residency")}
        <select className="min-h-9 rounded-md border border-slate-300 bg-white px-2" value={residency} onChange={(e) => setResidency(e.target.value as "any" | "eu")}>
          <option value="any">{t("residencyAny")}</option>
          <option value="eu">{t("residencyEu")}</option>
        </select>
      </label>
      <div className="mt-3 overflow-x-auto">
        <Table density="compact">
          <TableHead shaded={false}>
              <HeaderCell>{t("columns.task")}</HeaderCell>
              <HeaderCell>{t("columns.minQuality")}</HeaderCell>
              <HeaderCell>{t("columns.maxCost")}</HeaderCell>
              <HeaderCell>{t("columns.maxLatency")}</HeaderCell>
              <HeaderCell>{t("columns.preferred")}</HeaderCell>
          </TableHead>
          <TableBody>
            {tasks.map((task) => {
              const effective = { ...defaults[task], ...overrides[task] };
              return (
                <TableRow key={task}>
                  <RowHeader className="font-mono text-xs">{task}</RowHeader>
                  <TableCell>
                    <select aria-label={t("minQualityFor", { task })} className={input} value={effective.minQuality ?? ""} onChange={(e) => set(task, { minQuality: e.target.value || undefined })}>
                      <option value="">{t("quality.none")}</option>
                      <option value="basic">{t("quality.basic")}</option>
                      <option value="standard">{t("quality.standard")}</option>
                      <option value="premium">{t("quality.premium")}</option>
                    </select>
                  </TableCell>
                  <TableCell>
                    <input
                      aria-label={t("maxCostFor", { task })}
                      className={input}
                      inputMode="decimal"
                      value={effective.maxCostPerCallUsd ?? ""}
                      onChange={(e) => set(task, { maxCostPerCallUsd: e.target.value ? Number(e.target.value) : undefined })}
                    />
                  </TableCell>
                  <TableCell>
                    <select aria-label={t("maxLatencyFor", { task })} className={input} value={effective.maxLatency ?? ""} onChange={(e) => set(task, { maxLatency: e.target.value || undefined })}>
                      <option value="">{t("latency.any")}</option>
                      <option value="fast">{t("latency.fast")}</option>
                      <option value="medium">{t("latency.medium")}</option>
                      <option value="slow">{t("latency.slow")}</option>
                    </select>
                  </TableCell>
                  <TableCell>
                    <input
                      aria-label={t("preferredFor", { task })}
                      className={input}
                      value={(overrides[task]?.preferred ?? []).join(", ")}
                      onChange={(e) => set(task, { preferred: e.target.value.split(",").map((v) => v.trim()).filter(Boolean) })}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Button
        className="mt-3"
        disabled={save.isPending}
        onClick={() => save.execute({ workspaceId, residency, policyOverrides: overrides as never })}
      >
        {t("save")}
      </Button>
      <div aria-live="polite" className="mt-2">
        {error ? <Alert tone="error">{error}</Alert> : save.hasSucceeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </section>
  );
}
