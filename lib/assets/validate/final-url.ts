import { error, quote } from "./issues";
import type { ValidationIssue } from "./types";
import { isAbsoluteHttpUrl } from "./url";

export function checkFinalUrl(finalUrl: string, path = "finalUrl"): ValidationIssue[] {
  if (isAbsoluteHttpUrl(finalUrl)) return [];
  return [error(path, "final_url.invalid", `The final URL ${quote(finalUrl)} is not an absolute http(s) URL; ad platforms need the full address, e.g. https://example.com/page.`, { code: "finalUrlInvalid", params: { url: finalUrl } })];
}
