import type { BrandKitReport } from "./run-brand-kit-eval";

export type BrandKitSummary = { briefs: number; briefsPassed: number; checks: number; checksPassed: number; passRate: number; topFailures: { check: string; briefs: number }[] };

export function summarize(report: Pick<BrandKitReport, "outcomes">): BrandKitSummary {
  const all = report.outcomes.flatMap((o) => o.checks);
  const briefsPassed = report.outcomes.filter((o) => o.checks.every((c) => c.passed)).length;
  const failing = new Map<string, number>();
  for (const o of report.outcomes) for (const c of o.checks) if (!c.passed) failing.set(c.id, (failing.get(c.id) ?? 0) + 1);
  return {
    briefs: report.outcomes.length,
    briefsPassed,
    checks: all.length,
    checksPassed: all.filter((c) => c.passed).length,
    passRate: report.outcomes.length === 0 ? 0 : briefsPassed / report.outcomes.length,
    topFailures: [...failing].map(([check, briefs]) => ({ check, briefs })).sort((a, b) => b.briefs - a.briefs || a.check.localeCompare(b.check)),
  };
}

/** The report as text: a table of briefs × checks passed, then every failing check with its offending text. */
export function formatReport(report: BrandKitReport): string {
  const summary = summarize(report);
  const lines: string[] = ["", "Brand-kit evaluation (Spurwerk Rad & Service, synthetic)", ""];
  lines.push(`Feed import: ${report.feed.created} products, ${report.feed.skippedCount} row(s) rejected${report.feed.skippedRows.map((r) => ` — line ${r.line}: ${r.message}`).join("")}`);
  for (const s of report.sourcesNotReady) lines.push(`Source not ready: ${s.title} (${s.status}${s.message ? `: ${s.message}` : ""})`);
  lines.push("");
  const width = Math.max(...report.outcomes.map((o) => o.brief.id.length), 5);
  lines.push(`${"brief".padEnd(width)}  kind         lang  checks   result`);
  for (const o of report.outcomes) {
    const passed = o.checks.filter((c) => c.passed).length;
    const ok = passed === o.checks.length;
    lines.push(`${o.brief.id.padEnd(width)}  ${o.brief.kind.padEnd(11)}  ${o.brief.language.padEnd(4)}  ${`${passed}/${o.checks.length}`.padEnd(7)}  ${ok ? "pass" : "FAIL"}`);
  }
  lines.push("");
  for (const o of report.outcomes)
    for (const c of o.checks.filter((check) => !check.passed)) for (const problem of c.problems) lines.push(`  ${o.brief.id} [${c.id}] ${problem}`);
  lines.push("");
  lines.push(`Briefs passed: ${summary.briefsPassed}/${summary.briefs} (${Math.round(summary.passRate * 100)} %); checks passed: ${summary.checksPassed}/${summary.checks}`);
  if (summary.topFailures.length > 0) lines.push(`Failing checks by briefs affected: ${summary.topFailures.map((f) => `${f.check} ${f.briefs}`).join(", ")}`);
  return lines.join("\n");
}
