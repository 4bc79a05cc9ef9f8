import type { Messages } from "next-intl";
import type { CopilotFigures, TaskFigures } from "@/lib/kpi/queries/copilot";
import { modelTaskLabel, modelTaskMessageKey } from "@/lib/kpi/dashboard/labels";
import { num, percent, text, uiText, usd, type Cell, type KpiTable } from "./cells";

/** `id` names the figure's label and definition in `kpiTables.figures`; `label`, `unit` and `definition` are the English CSV columns. */
type Figure = { id: FigureId; label: string; unit?: string; cell: Cell; definition: string };

type FigureId = keyof Messages["kpiTables"]["figures"];

/** The copilot's figures with their definitions, as rows (the tiles on the page read the same list). */
export function copilotFigureRows(f: CopilotFigures): Figure[] {
  return [
    { id: "assetsGenerated", label: "Assets generated", cell: num(f.assetsGenerated, 0), definition: "Assets whose brief was written in the range" },
    { id: "assetsApproved", label: "Approved so far", cell: num(f.assetsApproved, 0), definition: "Of those, approved or published" },
    { id: "approvalRate", label: "Approval rate", unit: "%", cell: percent(f.approvalRate), definition: "Approved ÷ generated" },
    { id: "firstReviewApprovalRate", label: "Approved at first review", unit: "%", cell: percent(f.firstReviewApprovalRate), definition: "Of the approved, approved without a round of changes" },
    { id: "meanReviewRounds", label: "Review rounds", cell: num(f.meanReviewRounds, 2), definition: "Mean review rounds of the approved" },
    { id: "hoursToApprovalP50", label: "Brief to approval, median", unit: "hours", cell: num(f.hoursToApprovalP50, 1), definition: "Median time from brief to approval" },
    { id: "hoursToApprovalP90", label: "Brief to approval, 90th percentile", unit: "hours", cell: num(f.hoursToApprovalP90, 1), definition: "90 % of approvals came faster" },
    { id: "meanEditorChangeRatio", label: "Editor change ratio", unit: "%", cell: percent(f.meanEditorChangeRatio), definition: "Mean share of words editors changed before approving" },
    { id: "firstPassValidity", label: "First-pass validity", unit: "%", cell: percent(f.firstPassValidity), definition: "Generated versions valid on the model's first answer, without repair" },
    { id: "groundingRate", label: "Grounding rate", unit: "%", cell: percent(f.groundingRate), definition: "Generated versions without a grounding issue (every claim cited and found in its source)" },
    { id: "generationCostUsd", label: "Generation cost", unit: "USD", cell: usd(f.generationCostUsd), definition: "Model cost of generating these assets (all versions)" },
    { id: "costPerAssetUsd", label: "Cost per asset", unit: "USD", cell: usd(f.costPerAssetUsd), definition: "Generation cost ÷ assets generated" },
    { id: "costPerApprovedAssetUsd", label: "Cost per approved asset", unit: "USD", cell: usd(f.costPerApprovedAssetUsd), definition: "Generation cost ÷ assets approved" },
    { id: "calls", label: "Model calls", cell: num(f.calls, 0), definition: "Routed model calls in the range (all tasks)" },
    { id: "latencyP50Ms", label: "Latency p50", unit: "ms", cell: num(f.latencyP50Ms, 0), definition: "Median model call latency" },
    { id: "latencyP95Ms", label: "Latency p95", unit: "ms", cell: num(f.latencyP95Ms, 0), definition: "95th percentile model call latency" },
    { id: "cacheHitRate", label: "Cache hit rate", unit: "%", cell: percent(f.cacheHitRate), definition: "Calls answered from the response cache" },
    { id: "fallbackRate", label: "Fallback rate", unit: "%", cell: percent(f.fallbackRate), definition: "Answered calls that a model other than the first choice answered" },
    { id: "failureRate", label: "Failure rate", unit: "%", cell: percent(f.failureRate), definition: "Calls that ended in an error" },
    { id: "callsCostUsd", label: "Model spend", unit: "USD", cell: usd(f.callsCostUsd), definition: "Cost of all routed calls in the range" },
  ];
}

/** "hours" and "ms" are words on the page; "%" and "USD" are the same in every language. */
function unitCell(unit: string | undefined): Cell {
  if (unit === "hours" || unit === "ms") return uiText(unit, { key: `kpiTables.units.${unit}` });
  return text(unit ?? "");
}

function modelTaskCell(task: string): Cell {
  const key = modelTaskMessageKey(task);
  return key ? uiText(modelTaskLabel(task), { key: `kpiTables.tasks.${key}` }) : text(task);
}

export function operationsTable(f: CopilotFigures): KpiTable {
  return {
    id: "operations",
    title: "Copilot figures",
    titleUi: { key: "kpiTables.titles.operations" },
    columns: [{ key: "kpiTables.columns.figure", label: "Figure" }, { key: "kpiTables.columns.value", label: "Value", numeric: true }, { key: "kpiTables.columns.unit", label: "Unit" }, { key: "kpiTables.columns.definition", label: "Definition" }],
    rows: copilotFigureRows(f).map((row) => [
      uiText(row.label, { key: `kpiTables.figures.${row.id}.label` }),
      row.cell,
      unitCell(row.unit),
      uiText(row.definition, { key: `kpiTables.figures.${row.id}.definition` }),
    ]),
  };
}

export function operationTasksTable(tasks: readonly TaskFigures[]): KpiTable {
  return {
    id: "operation-tasks",
    title: "Model calls by task",
    titleUi: { key: "kpiTables.titles.operationTasks" },
    columns: [
      { key: "kpiTables.columns.task", label: "Task" },
      { key: "kpiTables.columns.calls", label: "Calls", numeric: true },
      { key: "kpiTables.columns.latencyP50", label: "Latency p50", unit: "ms", numeric: true },
      { key: "kpiTables.columns.latencyP95", label: "Latency p95", unit: "ms", numeric: true },
      { key: "kpiTables.columns.cacheHitRate", label: "Cache hit rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.fallbackRate", label: "Fallback rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.failureRate", label: "Failure rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.cost", label: "Cost", unit: "USD", numeric: true },
    ],
    rows: tasks.map((t) => [modelTaskCell(t.task), num(t.calls, 0), num(t.latencyP50Ms, 0), num(t.latencyP95Ms, 0), percent(t.cacheHitRate), percent(t.fallbackRate), percent(t.failureRate), usd(t.costUsd)]),
  };
}
