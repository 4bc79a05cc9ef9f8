import { asRecord, readArray } from "./partial-read";

/**
 * One sentence for a refused generate request. The route answers `{ error: { code, message },
 * fieldErrors? }`; field errors name what the server rejected, which the form's own checks
 * should have caught, so they are appended rather than mapped back to fields.
 */
export function describeErrorBody(body: unknown, status: number): string {
  const record = asRecord(body);
  const error = asRecord(record.error);
  const message = typeof error.message === "string" && error.message.trim() !== "" ? error.message : `The request failed (HTTP ${status}).`;
  const details = Object.values(asRecord(record.fieldErrors))
    .flatMap(readArray)
    .filter((item): item is string => typeof item === "string" && item !== "");
  return details.length > 0 ? `${message} ${[...new Set(details)].join(" ")}` : message;
}
