import vm from "node:vm";

/**
 * Runs a regular expression that came from outside the code (an admin's disclaimer condition, or
 * a model's proposal read from an uploaded guide) with a time limit. A pattern that backtracks
 * catastrophically on some input would otherwise block the server's event loop for every request;
 * no static check catches every such pattern ((\d|\d)*$, \d*\d*\d*mm, …), but V8 interrupts a
 * regex that runs inside a vm script with a timeout. A pattern that ever runs out of time is
 * remembered as runaway and not run again in this process.
 */
export const REGEX_TIME_LIMIT_MS = 25;

const context = vm.createContext({ pattern: /$^/u, text: "" });
const script = new vm.Script("pattern.lastIndex = 0; pattern.test(text)");
const runaway = new Set<string>();

export type BoundedTest = { matched: boolean } | { matched: false; timedOut: true };

export function testWithTimeLimit(pattern: RegExp, text: string): BoundedTest {
  const key = `${pattern.source}/${pattern.flags}`;
  if (runaway.has(key)) return { matched: false, timedOut: true };
  context.pattern = pattern;
  context.text = text;
  try {
    return { matched: script.runInContext(context, { timeout: REGEX_TIME_LIMIT_MS }) === true };
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    runaway.add(key);
    console.error(`[brand-rules] the text pattern /${pattern.source}/ ran longer than ${REGEX_TIME_LIMIT_MS} ms and is no longer used; fix it under Admin → Brand rules`);
    return { matched: false, timedOut: true };
  }
}

/** Whether a pattern was stopped for running too long (shown to admins, used by tests). */
export function isRunawayPattern(pattern: RegExp): boolean {
  return runaway.has(`${pattern.source}/${pattern.flags}`);
}
