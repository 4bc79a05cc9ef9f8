import type { ValidationIssue } from "@/lib/assets/validate/types";
import type { FieldState } from "./issue-paths";
import type { FieldLimit } from "./length-status";
import { lengthStatus } from "./length-status";

const STATE_STYLES: Record<FieldState, { className: string; symbol: string; text: string }> = {
  ok: { className: "text-green-700", symbol: "✓", text: "OK" },
  warning: { className: "text-amber-700", symbol: "⚠", text: "Warning" },
  error: { className: "text-red-700", symbol: "✕", text: "Error" },
};

/** The field's state in a word and a symbol, never color alone. */
export function StateBadge({ state }: { state: FieldState }) {
  const style = STATE_STYLES[state];
  return (
    <span className={`text-xs font-medium ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span> {style.text}
    </span>
  );
}

/** "23/30", plus how far over or under when it matters; read with the field through aria-describedby. */
export function CharCount({ id, length, limit }: { id: string; length: number; limit: FieldLimit }) {
  const status = lengthStatus(length, limit);
  return (
    <span id={id} className={`text-xs tabular-nums ${STATE_STYLES[status.state].className}`}>
      {length}/{limit.max} characters{status.note ? ` (${status.note})` : ""}
    </span>
  );
}

/** The report's messages for one field, each led by its severity in words. */
export function IssueMessages({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-xs">
      {issues.map((issue, index) => (
        <li key={`${issue.rule}-${index}`} className={issue.severity === "error" ? "text-red-700" : "text-amber-800"}>
          <span className="font-semibold">{issue.severity === "error" ? "Error:" : "Warning:"}</span> {issue.message}
        </li>
      ))}
    </ul>
  );
}
