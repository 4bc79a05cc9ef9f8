/**
 * Splits streamed text into complete lines. Network chunks end anywhere, often mid-line or
 * mid-character (the TextDecoder handles the latter), so the unfinished tail is handed back to
 * be prepended to the next chunk. Blank lines are dropped; "\r\n" endings are tolerated.
 */
export function splitLines(pending: string, chunk: string): { lines: string[]; rest: string } {
  const parts = (pending + chunk).split("\n");
  const rest = parts.pop() ?? "";
  const lines = parts.map((line) => line.replace(/\r$/, "")).filter((line) => line.trim() !== "");
  return { lines, rest };
}

/** One NDJSON line as a value, or undefined when it is not JSON (a broken line must not end the stream). */
export function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
