import type { Severity, ValidationIssue } from "@/lib/assets/validate/types";

/**
 * The issues that belong to a field. Validators report at the text (`headlines[2].text`), at
 * the citation list or one citation (`headlines[2].citations[0]`), or deeper inside a string
 * field (`jsonLd[0].offers.price`), so a field claims its paths and everything below them.
 * The boundary check keeps `headlines[1]` from claiming `headlines[10]`.
 */
export function issuesAt(issues: readonly ValidationIssue[], paths: readonly string[]): ValidationIssue[] {
  return issues.filter((issue) => paths.some((path) => isAtOrBelow(issue.path, path)));
}

function isAtOrBelow(issuePath: string, fieldPath: string): boolean {
  if (issuePath === fieldPath) return true;
  if (!issuePath.startsWith(fieldPath)) return false;
  const next = issuePath[fieldPath.length];
  return next === "." || next === "[";
}

/** The paths of a cited text (`{ text, citations }`) at `base`. */
export function citedPaths(base: string): string[] {
  return [`${base}.text`, `${base}.citations`];
}

export type FieldState = Severity | "ok";

const RANK: Record<FieldState, number> = { ok: 0, warning: 1, error: 2 };

export function worstState(...states: FieldState[]): FieldState {
  return states.reduce<FieldState>((worst, state) => (RANK[state] > RANK[worst] ? state : worst), "ok");
}

export function stateOfIssues(issues: readonly ValidationIssue[]): FieldState {
  return worstState(...issues.map((issue) => issue.severity));
}
