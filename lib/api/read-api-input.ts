import "server-only";
import { readBoundedText } from "@/lib/http/read-bounded-body";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";
import { problemOf, type Problem } from "./problem";

/**
 * The raw input of a request: the query string of a GET (a repeated key becomes a list), the JSON
 * object body of a POST, read through the bounded reader (a chunked body has no length to trust).
 */
export async function readApiInput(
  request: Request,
  options: { method: "GET" | "POST"; maxBodyBytes: number },
): Promise<{ ok: true; input: Record<string, unknown>; bodyText: string } | { ok: false; problem: Problem }> {
  if (options.method === "GET") {
    const params = new URL(request.url).searchParams;
    const input: Record<string, unknown> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      input[key] = values.length === 1 ? values[0] : values;
    }
    return { ok: true, input, bodyText: "" };
  }
  const contentType = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (!contentType.startsWith("application/json")) {
    return { ok: false, problem: problemOf("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.") };
  }
  const bodyText = await readBoundedText(request, options.maxBodyBytes);
  let body: unknown;
  try {
    body = JSON.parse(bodyText || "{}");
  } catch {
    return { ok: false, problem: problemOf("invalid_input", "The request body is not valid JSON.") };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, problem: problemOf("invalid_input", "The request body must be a JSON object.") };
  }
  return { ok: true, input: body as Record<string, unknown>, bodyText };
}

/** zod issues → `errors` of a problem: dotted path → messages (`file.dataBase64`, `_` for the whole body). */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    // The API answers in English whatever the caller's language: a schema's message key becomes its English sentence.
    (errors[key] ??= []).push(englishIssueMessage(issue));
  }
  return errors;
}
