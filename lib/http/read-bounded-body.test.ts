import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BODY_BYTES, PayloadTooLargeError, readBoundedBody, readBoundedText } from "./read-bounded-body";

const CHUNK_BYTES = 1024;

/** A chunked upload with no Content-Length that never ends on its own; counts what the reader pulls. */
function endlessUpload(headers: Record<string, string> = {}) {
  const source = { pulledBytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        source.pulledBytes += CHUNK_BYTES;
        controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x61));
      },
      cancel() {
        source.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/upload", { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
  return { source, request };
}

describe("bounded request body reader", () => {
  it("refuses a chunked body without Content-Length as soon as it passes the limit, and stops pulling", async () => {
    const { source, request } = endlessUpload();
    expect(request.headers.get("content-length")).toBeNull();
    const limit = 8 * CHUNK_BYTES;
    await expect(readBoundedBody(request, limit)).rejects.toBeInstanceOf(PayloadTooLargeError);
    // An unbounded reader would never return from this stream; this one read one chunk past the
    // limit (plus what the stream buffers ahead) and cancelled the source.
    expect(source.pulledBytes).toBeGreaterThan(limit);
    expect(source.pulledBytes).toBeLessThanOrEqual(limit + 3 * CHUNK_BYTES);
    expect(source.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit before reading a byte", async () => {
    const { source, request } = endlessUpload({ "content-length": String(DEFAULT_MAX_BODY_BYTES + 1) });
    const error = await readBoundedBody(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error).toMatchObject({ code: "payload_too_large", maxBytes: DEFAULT_MAX_BODY_BYTES, message: expect.stringContaining("64 KB") });
    expect(source.pulledBytes).toBe(0);
  });

  it("does not trust a small Content-Length: the stream itself is counted", async () => {
    const { source, request } = endlessUpload({ "content-length": "10" });
    await expect(readBoundedBody(request, 4 * CHUNK_BYTES)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(source.cancelled).toBe(true);
  });

  it("returns a body up to the limit unchanged", async () => {
    const text = `{"brief":"${"ä".repeat(100)}"}`;
    const bytes = new TextEncoder().encode(text).byteLength;
    expect(await readBoundedText(new Request("http://localhost/", { method: "POST", body: text }), bytes)).toBe(text);
    await expect(readBoundedText(new Request("http://localhost/", { method: "POST", body: text }), bytes - 1)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(await readBoundedBody(new Request("http://localhost/"))).toHaveLength(0);
  });
});
