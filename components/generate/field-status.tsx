import { useTranslations } from "next-intl";
import { useIssueText } from "./use-issue-text";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import type { FieldState } from "./issue-paths";
import type { FieldLimit } from "./length-status";
import { lengthStatus } from "./length-status";

const STATE_STYLES: Record<FieldState, { className: string; symbol: string }> = {
  ok: { className: "text-green-700", symbol: "✓" },
  warning: { className: "text-amber-700", symbol: "⚠" },
  error: { className: "text-red-700", symbol: "✕" },
};

/** The field's state in a word and a symbol, never color alone. */
export function StateBadge({ state }: { state: FieldState }) {
  const t = useTranslations("generate.field");
  const style = STATE_STYLES[state];
  return (
    <span className={`text-xs font-medium ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span> {t(`state.${state}`)}
    </span>
  );
}

/** "23/30", plus how far over or under when it matters; read with the field through aria-describedby. */
export function CharCount({ id, length, limit }: { id: string; length: number; limit: FieldLimit }) {
  const t = useTranslations("generate.field");
  const status = lengthStatus(length, limit);
  const count = t("charCount", { length, max: limit.max });
  return (
    <span id={id} className={`text-xs tabular-nums ${STATE_STYLES[status.state].className}`}>
      {status.note ? t("charCountWithNote", { count, note: t(`lengthNote.${status.note.key}`, status.note) }) : count}
    </span>
  );
}

/** The report's messages for one field, each led by its severity in words. */
export function IssueMessages({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  const t = useTranslations("generate.field");
  const issueText = useIssueText();
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-xs">
      {issues.map((issue, index) => (
        <li key={`${issue.rule}-${index}`} className={issue.severity === "error" ? "text-red-700" : "text-amber-800"}>
          {t.rich(issue.severity === "error" ? "issueError" : "issueWarning", { message: issueText(issue), strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
        </li>
      ))}
    </ul>
  );
}
