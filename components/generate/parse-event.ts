import type { GenerationEvent } from "@/lib/assets/generate/stream-events";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";
import type { ValidationIssue, ValidationReport } from "@/lib/assets/validate/types";
import { isChannelKind } from "./channels";
import { asRecord, readArray, readNullableString, readOneOf, readString } from "./partial-read";

export type ResultEvent = Extract<GenerationEvent, { type: "result" }>;
export type SourcePassage = ResultEvent["sources"][number];

/**
 * Turns a parsed NDJSON value into a typed event, or null when it is not one. The server is
 * ours, but a proxy can inject lines and a newer server can add event types: unknown lines are
 * skipped instead of crashing the page. Nested values are normalised, not trusted.
 */
export function toGenerationEvent(value: unknown): GenerationEvent | null {
  const record = asRecord(value);
  if (record.type === "done") return { type: "done" };
  const kind = record.kind;
  if (!isChannelKind(kind)) return null;
  switch (record.type) {
    case "start":
      return { type: "start", kind };
    case "partial":
      return { type: "partial", kind, content: record.content };
    case "error": {
      const error = asRecord(record.error);
      return {
        type: "error",
        kind,
        error: { code: readOneOf<ErrorCode, ErrorCode>(error.code, ERROR_CODES, "internal"), message: readString(error.message, "This channel could not be generated.") },
      };
    }
    case "result":
      if (typeof record.assetId !== "string" || typeof record.version !== "number") return null;
      return {
        type: "result",
        kind,
        assetId: record.assetId,
        version: record.version,
        content: record.content,
        validation: readValidationReport(record.validation),
        sources: readArray(record.sources).map(readSourcePassage),
        model: readNullableString(record.model),
        isLocalExtractive: record.isLocalExtractive === true,
        isBestEffort: record.isBestEffort === true,
      };
    default:
      return null;
  }
}

export function readValidationReport(value: unknown): ValidationReport {
  const record = asRecord(value);
  const issues = readArray(record.issues).map(readIssue);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  // Counts are recomputed from the issues so the summary and the list can never disagree.
  return { valid: errors === 0, issues, counts: { errors, warnings: issues.length - errors } };
}

function readIssue(value: unknown): ValidationIssue {
  const record = asRecord(value);
  return {
    path: readString(record.path),
    rule: readString(record.rule),
    severity: record.severity === "warning" ? "warning" : "error",
    message: readString(record.message, "Unnamed validation issue."),
  };
}

function readSourcePassage(value: unknown): SourcePassage {
  const record = asRecord(value);
  return {
    chunkId: readString(record.chunkId),
    sourceId: readString(record.sourceId),
    version: typeof record.version === "number" ? record.version : 0,
    title: readString(record.title, "Untitled source"),
    url: readNullableString(record.url),
    text: readString(record.text),
  };
}
