import { afterEach, describe, expect, it, vi } from "vitest";
import type { GenerationEvent } from "@/lib/assets/generate/stream-events";
import { readEventStream } from "./read-event-stream";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

afterEach(() => vi.restoreAllMocks());

describe("readEventStream", () => {
  it("reassembles lines and multi-byte characters split across chunks", async () => {
    const bytes = new TextEncoder().encode(
      '{"type":"start","kind":"meta-ad"}\n{"type":"partial","kind":"meta-ad","content":{"headline":{"text":"Grüße"}}}\n{"type":"done"}',
    );
    const cut = bytes.indexOf(0xc3) + 1; // inside "ü"
    const events: GenerationEvent[] = [];
    await readEventStream(streamOf([bytes.slice(0, 10), bytes.slice(10, cut), bytes.slice(cut)]), (event) => events.push(event));
    expect(events).toEqual([
      { type: "start", kind: "meta-ad" },
      { type: "partial", kind: "meta-ad", content: { headline: { text: "Grüße" } } },
      { type: "done" },
    ]);
  });

  it("skips unreadable lines and keeps going", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const events: GenerationEvent[] = [];
    await readEventStream(streamOf([new TextEncoder().encode('garbage\n{"type":"done"}\n')]), (event) => events.push(event));
    expect(events).toEqual([{ type: "done" }]);
  });

  it("stops handing over events once aborted", async () => {
    const controller = new AbortController();
    const events: GenerationEvent[] = [];
    const body = new TextEncoder().encode('{"type":"start","kind":"seo-page"}\n{"type":"done"}\n');
    await readEventStream(streamOf([body]), (event) => {
      events.push(event);
      controller.abort();
    }, controller.signal);
    expect(events).toEqual([{ type: "start", kind: "seo-page" }]);
  });
});
