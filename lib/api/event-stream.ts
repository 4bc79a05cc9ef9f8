/**
 * Wire formats of a streaming REST answer, chosen by the request's Accept header:
 * NDJSON (one JSON object per line) or Server-Sent Events (`event: <type>` + `data: <json>`).
 * Anything else gets the final result as one JSON document, so a plain `curl` works too.
 */
export type StreamFormat = "ndjson" | "sse" | "json";

export const NDJSON_CONTENT_TYPE = "application/x-ndjson";
export const SSE_CONTENT_TYPE = "text/event-stream";

/** The first streaming media type the client lists (q-values are not weighed: clients name one). */
export function negotiateStreamFormat(accept: string | null): StreamFormat {
  for (const part of (accept ?? "").toLowerCase().split(",")) {
    const mediaType = part.split(";")[0]!.trim();
    if (mediaType === NDJSON_CONTENT_TYPE) return "ndjson";
    if (mediaType === SSE_CONTENT_TYPE) return "sse";
  }
  return "json";
}

export type StreamEvent = { type: string } & Record<string, unknown>;

export function encodeStreamEvent(format: Exclude<StreamFormat, "json">, event: StreamEvent): string {
  const json = JSON.stringify(event);
  // JSON.stringify never emits a raw newline, so one `data:` line always holds the whole event.
  return format === "ndjson" ? `${json}\n` : `event: ${event.type}\ndata: ${json}\n\n`;
}

export function streamContentType(format: Exclude<StreamFormat, "json">): string {
  return `${format === "ndjson" ? NDJSON_CONTENT_TYPE : SSE_CONTENT_TYPE}; charset=utf-8`;
}
