"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateRoutingSettingsAction } from "@/app/(app)/[workspace]/admin/models/actions";
import { describeActionError } from "@/components/ui/action-error";
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
  const [residency, setResidency] = useState(initialResidency);
  const [overrides, setOverrides] = useState<Record<string, Override>>(initialOverrides);
  const save = useAction(updateRoutingSettingsAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(save.result);
  const set = (task: string, patch: Override) => setOverrides((current) => ({ ...current, [task]: { ...current[task], ...patch } }));
  const input = "min-h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

  return (
    <section aria-labelledby="policy-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="policy-heading" className="text-lg font-medium">
        Routing policy
      </h2>
      <label className="mt-3 flex items-center gap-2 text-sm">
        Data residency
        <select className="min-h-9 rounded-md border border-slate-300 bg-white px-2" value={residency} onChange={(e) => setResidency(e.target.value as "any" | "eu")}>
          <option value="any">Any region</option>
          <option value="eu">EU only (EU-hosted, self-hosted or local models)</option>
        </select>
      </label>
      <div className="mt-3 overflow-x-auto">
        <Table density="compact">
          <TableHead shaded={false}>
              <HeaderCell>Task</HeaderCell>
              <HeaderCell>Min. quality</HeaderCell>
              <HeaderCell>Max $ per call</HeaderCell>
              <HeaderCell>Max latency</HeaderCell>
              <HeaderCell>Preferred models (comma-separated ids)</HeaderCell>
          </TableHead>
          <TableBody>
            {tasks.map((task) => {
              const effective = { ...defaults[task], ...overrides[task] };
              return (
                <TableRow key={task}>
                  <RowHeader className="font-mono text-xs">{task}</RowHeader>
                  <TableCell>
                    <select aria-label={`Minimum quality for ${task}`} className={input} value={effective.minQuality ?? ""} onChange={(e) => set(task, { minQuality: e.target.value || undefined })}>
                      <option value="">none</option>
                      <option value="basic">basic</option>
                      <option value="standard">standard</option>
                      <option value="premium">premium</option>
                    </select>
                  </TableCell>
                  <TableCell>
                    <input
                      aria-label={`Maximum cost per call for ${task}`}
                      className={input}
                      inputMode="decimal"
                      value={effective.maxCostPerCallUsd ?? ""}
                      onChange={(e) => set(task, { maxCostPerCallUsd: e.target.value ? Number(e.target.value) : undefined })}
                    />
                  </TableCell>
                  <TableCell>
                    <select aria-label={`Maximum latency for ${task}`} className={input} value={effective.maxLatency ?? ""} onChange={(e) => set(task, { maxLatency: e.target.value || undefined })}>
                      <option value="">any</option>
                      <option value="fast">fast</option>
                      <option value="medium">medium</option>
                      <option value="slow">slow</option>
                    </select>
                  </TableCell>
                  <TableCell>
                    <input
                      aria-label={`Preferred models for ${task}`}
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
        Save routing policy
      </Button>
      <div aria-live="polite" className="mt-2">
        {error ? <Alert tone="error">{error}</Alert> : save.hasSucceeded ? <Alert tone="success">Saved. New calls use this policy.</Alert> : null}
      </div>
    </section>
  );
}
