import type { CopilotFigures, TaskFigures } from "@/lib/kpi/queries/copilot";
import { modelTaskLabel } from "@/lib/kpi/dashboard/labels";
import { num, percent, text, usd, type Cell, type KpiTable } from "./cells";

type Figure = { label: string; unit?: string; cell: Cell; definition: string };

/** The copilot's figures with their definitions, as rows (the tiles on the page read the same list). */
export function copilotFigureRows(f: CopilotFigures): Figure[] {
  return [
    { label: "Assets generated", cell: num(f.assetsGenerated, 0), definition: "Assets whose brief was written in the range" },
    { label: "Approved so far", cell: num(f.assetsApproved, 0), definition: "Of those, approved or published" },
    { label: "Approval rate", unit: "%", cell: percent(f.approvalRate), definition: "Approved ÷ generated" },
    { label: "Approved at first review", unit: "%", cell: percent(f.firstReviewApprovalRate), definition: "Of the approved, approved without a round of changes" },
    { label: "Review rounds", cell: num(f.meanReviewRounds, 2), definition: "Mean review rounds of the approved" },
    { label: "Brief to approval, median", unit: "hours", cell: num(f.hoursToApprovalP50, 1), definition: "Median time from brief to approval" },
    { label: "Brief to approval, 90th percentile", unit: "hours", cell: num(f.hoursToApprovalP90, 1), definition: "90 % of approvals came faster" },
    { label: "Editor change ratio", unit: "%", cell: percent(f.meanEditorChangeRatio), definition: "Mean share of words editors changed before approving" },
    { label: "First-pass validity", unit: "%", cell: percent(f.firstPassValidity), definition: "Generated versions valid on the model's first answer, without repair" },
    { label: "Grounding rate", unit: "%", cell: percent(f.groundingRate), definition: "Generated versions without a grounding issue (every claim cited and found in its source)" },
    { label: "Generation cost", unit: "USD", cell: usd(f.generationCostUsd), definition: "Model cost of generating these assets (all versions)" },
    { label: "Cost per asset", unit: "USD", cell: usd(f.costPerAssetUsd), definition: "Generation cost ÷ assets generated" },
    { label: "Cost per approved asset", unit: "USD", cell: usd(f.costPerApprovedAssetUsd), definition: "Generation cost ÷ assets approved" },
    { label: "Model calls", cell: num(f.calls, 0), definition: "Routed model calls in the range (all tasks)" },
    { label: "Latency p50", unit: "ms", cell: num(f.latencyP50Ms, 0), definition: "Median model call latency" },
    { label: "Latency p95", unit: "ms", cell: num(f.latencyP95Ms, 0), definition: "95th percentile model call latency" },
    { label: "Cache hit rate", unit: "%", cell: percent(f.cacheHitRate), definition: "Calls answered from the response cache" },
    { label: "Fallback rate", unit: "%", cell: percent(f.fallbackRate), definition: "Answered calls that a model other than the first choice answered" },
    { label: "Failure rate", unit: "%", cell: percent(f.failureRate), definition: "Calls that ended in an error" },
    { label: "Model spend", unit: "USD", cell: usd(f.callsCostUsd), definition: "Cost of all routed calls in the range" },
  ];
}

export function operationsTable(f: CopilotFigures): KpiTable {
  return {
    id: "operations",
    title: "Copilot figures",
    columns: [{ label: "Figure" }, { label: "Value", numeric: true }, { label: "Unit" }, { label: "Definition" }],
    rows: copilotFigureRows(f).map((row) => [text(row.label), row.cell, text(row.unit ?? ""), text(row.definition)]),
  };
}

export function operationTasksTable(tasks: readonly TaskFigures[]): KpiTable {
  return {
    id: "operation-tasks",
    title: "Model calls by task",
    columns: [
      { label: "Task" },
      { label: "Calls", numeric: true },
      { label: "Latency p50", unit: "ms", numeric: true },
      { label: "Latency p95", unit: "ms", numeric: true },
      { label: "Cache hit rate", unit: "%", numeric: true },
      { label: "Fallback rate", unit: "%", numeric: true },
      { label: "Failure rate", unit: "%", numeric: true },
      { label: "Cost", unit: "USD", numeric: true },
    ],
    rows: tasks.map((t) => [text(modelTaskLabel(t.task)), num(t.calls, 0), num(t.latencyP50Ms, 0), num(t.latencyP95Ms, 0), percent(t.cacheHitRate), percent(t.fallbackRate), percent(t.failureRate), usd(t.costUsd)]),
  };
}
