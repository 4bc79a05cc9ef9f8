import { HTTP_STATUS_FOR_ERROR } from "@/lib/authz/outcome";
import { AppError, toPublicError } from "@/lib/errors";

/*
 * The one way a route reads a request body. `request.text()`/`json()`/`formData()` buffer
 * whatever the client sends, and a chunked body has no Content-Length to check first: a single
 * request could fill the memory of the process (and the in-process job worker with it), before
 * authentication even runs. This reader refuses a declared Content-Length above the limit
 * without reading, and otherwise pulls the stream chunk by chunk, cancelling it the moment the
 * count passes the limit.
 */

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** A body over its route's limit; answered with 413 `payload_too_large`. */
export class PayloadTooLargeError extends AppError {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super("payload_too_large", { key: "http.payloadTooLarge", params: { limit: describeBytes(maxBytes) } });
    this.name = "PayloadTooLargeError";
    this.maxBytes = maxBytes;
  }
}

/** Reads at most `maxBytes` of the body as bytes; throws PayloadTooLargeError beyond that. */
export async function readBoundedBody(request: Request, maxBytes: number = DEFAULT_MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  // A declared length over the limit is refused before a byte is read. A smaller (or lying)
  // declaration is not trusted: the stream is counted regardless.
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw new PayloadTooLargeError(maxBytes);
  }
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop pulling: cancel tells the source (the socket) we want no more of it.
        await reader.cancel().catch(() => {});
        throw new PayloadTooLargeError(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, bounded like readBoundedBody. */
export async function readBoundedText(request: Request, maxBytes: number = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBoundedBody(request, maxBytes));
}

/** The 413 answer, in the same `{ error: { code, message } }` shape as every other route error. */
export function payloadTooLargeResponse(error: PayloadTooLargeError): Response {
  return Response.json({ error: toPublicError(error) }, { status: HTTP_STATUS_FOR_ERROR[error.code] });
}

/**
 * For a handler that reads the body itself (next-auth): the same method, URL and headers with
 * the body already read under the limit. The framing headers go, since they described the wire
 * (a chunked upload), not the buffered body.
 */
export async function bufferBoundedRequest(request: Request, maxBytes: number): Promise<{ url: string; init: RequestInit }> {
  const body = request.method === "GET" || request.method === "HEAD" ? null : await readBoundedBody(request, maxBytes);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return { url: request.url, init: { method: request.method, headers, body: body as BodyInit | null, signal: request.signal } };
}
