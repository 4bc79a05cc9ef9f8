/*
 * Reading and replacing one value in a draft by path (`headlines[2]`, `faq[0].answer`, `slug`).
 * Field history stores the value at the field's own path, not just its text, so an undo restores
 * a regenerated text's citations too.
 */
type Step = { key: string; index: number | null };

function parsePath(path: string): Step[] | null {
  const steps: Step[] = [];
  for (const part of path.split(".")) {
    const match = /^([a-zA-Z0-9]+)(?:\[(\d+)\])?$/.exec(part);
    if (!match) return null;
    steps.push({ key: match[1]!, index: match[2] === undefined ? null : Number(match[2]) });
  }
  return steps;
}

/** The field a text belongs to: `headlines[2].text` → `headlines[2]` when that is a cited text, else the path itself. */
export function fieldPathOf(draft: unknown, textPath: string): string {
  if (!textPath.endsWith(".text")) return textPath;
  const parent = textPath.slice(0, -".text".length);
  const value = readAtPath(draft, parent);
  return value !== null && typeof value === "object" ? parent : textPath;
}

export function readAtPath(draft: unknown, path: string): unknown {
  const steps = parsePath(path);
  if (!steps) return undefined;
  let current: unknown = draft;
  for (const step of steps) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[step.key];
    if (step.index !== null) current = Array.isArray(current) ? current[step.index] : undefined;
  }
  return current;
}

/** A copy of `draft` with the value at `path` replaced; an unknown path leaves the draft as it was. */
export function writeAtPath<T>(draft: T, path: string, value: unknown): T {
  const steps = parsePath(path);
  if (!steps || readAtPath(draft, path) === undefined) return draft;
  const copy = structuredClone(draft) as unknown as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = copy;
  steps.forEach((step, i) => {
    const isLast = i === steps.length - 1;
    const container = (parent as Record<string, unknown>)[step.key];
    if (step.index === null) {
      if (isLast) (parent as Record<string, unknown>)[step.key] = structuredClone(value);
      else parent = container as Record<string, unknown>;
    } else if (isLast) (container as unknown[])[step.index] = structuredClone(value);
    else parent = (container as unknown[])[step.index] as Record<string, unknown>;
  });
  return copy as unknown as T;
}

/** `itemPath("headlines", 2, "text")` → `headlines[2].text`: a field's path in the draft, built in one place. */
export function itemPath(list: string, index: number, rest?: string): string {
  return rest ? `${list}[${index}].${rest}` : `${list}[${index}]`;
}
