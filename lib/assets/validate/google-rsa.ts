import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { checkFinalUrl } from "./final-url";
import { checkGoogleRsaEditorial } from "./google-rsa-editorial";
import { error, quote, warning } from "./issues";
import type { ValidationIssue } from "./types";
import { validateUtm } from "./utm";
import { visibleLength } from "./visible-length";

/** Google Ads limits for responsive search ads. */
export const RSA_LIMITS = {
  headlines: { min: 3, max: 15, maxLength: 30 },
  descriptions: { min: 2, max: 4, maxLength: 90 },
  pathMaxLength: 15,
} as const;

export type GoogleRsaOptions = { allowedAbbreviations?: readonly string[]; utmConvention?: UtmConvention };

export function checkGoogleRsa(ad: GoogleRsa, options: GoogleRsaOptions = {}): ValidationIssue[] {
  return [
    ...checkCount(ad.headlines.length, "headlines", "headline", RSA_LIMITS.headlines),
    ...checkCount(ad.descriptions.length, "descriptions", "description", RSA_LIMITS.descriptions),
    ...checkTexts(ad.headlines, "headlines", "Headline", "rsa.headline", RSA_LIMITS.headlines.maxLength),
    ...checkTexts(ad.descriptions, "descriptions", "Description", "rsa.description", RSA_LIMITS.descriptions.maxLength),
    ...checkPaths(ad),
    ...checkPins(ad),
    ...checkGoogleRsaEditorial(ad, options.allowedAbbreviations),
    ...checkFinalUrl(ad.finalUrl),
    ...validateUtm(ad.utm, "utm", options.utmConvention),
  ];
}

function checkCount(count: number, path: string, noun: string, limits: { min: number; max: number }): ValidationIssue[] {
  if (count < limits.min) {
    return [error(path, `rsa.${path}.too_few`, `The ad has ${count} ${noun}${count === 1 ? "" : "s"}; Google requires at least ${limits.min}.`, { code: "rsaTooFew", params: { count, min: limits.min, noun: path } })];
  }
  if (count > limits.max) {
    return [error(path, `rsa.${path}.too_many`, `The ad has ${count} ${noun}s; Google allows at most ${limits.max}.`, { code: "rsaTooMany", params: { count, max: limits.max, noun: path } })];
  }
  return [];
}

function checkTexts(items: readonly { text: string }[], path: string, label: string, rule: string, maxLength: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}].text`;
    const length = visibleLength(item.text);
    if (item.text.trim() === "") issues.push(error(itemPath, `${rule}.empty`, `${label} ${index + 1} is empty.`, { code: "fieldEmpty" }));
    else if (length > maxLength) {
      issues.push(error(itemPath, `${rule}.max_length`, `${label} ${index + 1} is ${length} characters; Google allows at most ${maxLength}.`, { code: "googleMaxLength", params: { length, max: maxLength } }));
    }
  });
  return issues;
}

function checkPaths(ad: GoogleRsa): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ["path1", "path2"] as const) {
    const value = ad[field];
    if (value === null || value === "") continue;
    const length = visibleLength(value);
    if (length > RSA_LIMITS.pathMaxLength) {
      issues.push(error(field, "rsa.path.max_length", `${field} ${quote(value)} is ${length} characters; Google allows at most ${RSA_LIMITS.pathMaxLength}.`, { code: "googleMaxLength", params: { length, max: RSA_LIMITS.pathMaxLength } }));
    }
    if (value.includes("/")) {
      issues.push(error(field, "rsa.path.slash", `${field} ${quote(value)} contains "/"; Google adds the slashes itself, so use one segment per path field.`, { code: "rsaPathSlash" }));
    }
  }
  const hasPath1 = ad.path1 !== null && ad.path1.trim() !== "";
  const hasPath2 = ad.path2 !== null && ad.path2.trim() !== "";
  if (hasPath2 && !hasPath1) {
    issues.push(error("path2", "rsa.path2.without_path1", "path2 is set but path1 is empty; Google shows path2 only after path1.", { code: "rsaPath2WithoutPath1" }));
  }
  return issues;
}

function checkPins(ad: GoogleRsa): ValidationIssue[] {
  // Pinning every headline leaves Google no combinations to test, which Google rates as poor ad strength.
  if (ad.headlines.length === 0 || ad.headlines.some((headline) => headline.pin === null)) return [];
  return [warning("headlines", "rsa.pins.all_headlines_pinned", `All ${ad.headlines.length} headlines are pinned; leave some unpinned so Google can test combinations.`, { code: "rsaAllPinned", params: { count: ad.headlines.length } })];
}
