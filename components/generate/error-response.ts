import type { PublicError } from "@/lib/errors";
import { asRecord, readArray } from "./partial-read";

/** The two sentences a refused request can need, in the member's language (see useErrorBodyText). */
export type ErrorBodyText = {
  server(error: Pick<PublicError, "code" | "message" | "key" | "params">): string;
  httpFailed(status: number): string;
};

/** For callers not yet converted to messages (issue 20): the server's own sentence, or the bare status. */
const UNTRANSLATED: ErrorBodyText = { server: (error) => error.message, httpFailed: (status) => `HTTP ${status}` };

/**
 * One sentence for a refused generate request. The route answers `{ error: { code, message, key?, params? },
 * fieldErrors? }`; field errors (already in the member's language) name what the server rejected, which the form's
 * own checks should have caught, so they are appended rather than mapped back to fields.
 */
export function describeErrorBody(body: unknown, status: number, text: ErrorBodyText = UNTRANSLATED): string {
  const record = asRecord(body);
  const error = asRecord(record.error);
  const message =
    typeof error.code === "string" && typeof error.message === "string" && error.message.trim() !== ""
      ? text.server(error as Pick<PublicError, "code" | "message" | "key" | "params">)
      : text.httpFailed(status);
  const details = Object.values(asRecord(record.fieldErrors))
    .flatMap(readArray)
    .filter((item): item is string => typeof item === "string" && item !== "");
  return details.length > 0 ? `${message} ${[...new Set(details)].join(" ")}` : message;
}
