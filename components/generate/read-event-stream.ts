import type { GenerationEvent } from "@/lib/assets/generate/stream-events";
import { parseJsonLine, splitLines } from "./ndjson";
import { toGenerationEvent } from "./parse-event";

/**
 * Reads an NDJSON body to its end and hands over each generation event in order. Unreadable
 * lines are skipped (and logged) so one bad line costs one update, not the whole run. Stops
 * handing over events once `signal` aborts: a replaced or stopped request must not write into
 * the state of the next one.
 */
export async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: (event: GenerationEvent) => void, signal?: AbortSignal): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  const handle = (lines: string[]) => {
    for (const line of lines) {
      if (signal?.aborted) return;
      const event = toGenerationEvent(parseJsonLine(line));
      if (event) onEvent(event);
      else console.warn("[generate] skipped an unreadable stream line:", line.slice(0, 200));
    }
  };
  try {
    while (!signal?.aborted) {
      const { done, value } = await reader.read();
      if (done) break;
      // stream: true keeps a multi-byte character split across chunks for the next decode.
      const split = splitLines(pending, decoder.decode(value, { stream: true }));
      pending = split.rest;
      handle(split.lines);
    }
    // A last line without a trailing newline still counts.
    if (!signal?.aborted) handle(splitLines(pending, `${decoder.decode()}\n`).lines);
  } finally {
    reader.releaseLock();
  }
}
