import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { error, quote, warning } from "./issues";
import type { ValidationIssue } from "./types";
import { isAbsoluteHttpUrl } from "./url";

/*
 * The subset of BCP 47 Google accepts for hreflang: an ISO 639 language, optionally a script,
 * optionally an ISO 3166-1 region (or UN M.49 number), or "x-default".
 */
const HREFLANG_PATTERN = /^(?:x-default|[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?)$/i;

/** Primary language subtag, lowercased: "de-AT" → "de". */
export function primaryLanguage(code: string): string {
  return code.split("-")[0]?.toLowerCase() ?? "";
}

export function isValidHreflang(code: string): boolean {
  return HREFLANG_PATTERN.test(code) && !/-uk$/i.test(code);
}

export function checkHreflang(entries: SeoPage["hreflang"], workspaceLanguages: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seenCodes = new Set<string>();
  const wanted = new Set(workspaceLanguages.map(primaryLanguage));

  entries.forEach((entry, index) => {
    const path = `hreflang[${index}]`;
    if (!isValidHreflang(entry.language)) {
      const hint = /-uk$/i.test(entry.language) ? ' The region code for the United Kingdom is "GB" (en-GB).' : "";
      issues.push(error(`${path}.language`, "seo.hreflang.invalid_language", `hreflang ${index + 1} has the code ${quote(entry.language)}, which is not a valid language code like "de" or "de-DE".${hint}`, { code: "hreflangInvalidLanguage", params: { n: index + 1, language: entry.language } }));
    } else {
      const key = entry.language.toLowerCase();
      if (seenCodes.has(key)) {
        issues.push(error(`${path}.language`, "seo.hreflang.duplicate", `hreflang ${index + 1} repeats the language ${quote(entry.language)}; list each language once.`, { code: "hreflangDuplicate", params: { n: index + 1, language: entry.language } }));
      }
      seenCodes.add(key);
      if (key !== "x-default" && wanted.size > 0 && !wanted.has(primaryLanguage(key))) {
        issues.push(warning(`${path}.language`, "seo.hreflang.unexpected_language", `hreflang ${index + 1} is for ${quote(entry.language)}, which is not a language of this workspace (${[...wanted].join(", ")}).`, { code: "hreflangUnexpected", params: { n: index + 1, language: entry.language, wanted: [...wanted].join(", ") } }));
      }
    }
    if (!isAbsoluteHttpUrl(entry.url)) {
      issues.push(error(`${path}.url`, "seo.hreflang.invalid_url", `hreflang ${index + 1} has the URL ${quote(entry.url)}; alternates must be absolute http(s) URLs.`, { code: "hreflangInvalidUrl", params: { n: index + 1, url: entry.url } }));
    }
  });

  // A set missing a language leaves that audience without its version in search results. A
  // single-language workspace needs no hreflang at all, so coverage is checked only from two up.
  if (wanted.size < 2) return issues;
  const covered = new Set(entries.filter((entry) => isValidHreflang(entry.language)).map((entry) => primaryLanguage(entry.language)));
  for (const language of wanted) {
    if (!covered.has(language)) {
      issues.push(error("hreflang", "seo.hreflang.missing_language", `hreflang has no alternate for the workspace language ${quote(language)}; add one entry per workspace language.`, { code: "hreflangMissingLanguage", params: { language } }));
    }
  }
  return issues;
}
