import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { DEFAULT_ALLOWED_ABBREVIATIONS } from "./abbreviations";
import {
  countExclamationMarks,
  duplicateKey,
  findAllCapsWords,
  findDecorativeSymbols,
  findEmoji,
  findLetterSubstitutions,
  findRepeatedPunctuation,
} from "./ad-text-lint";
import { error, quote } from "./issues";
import type { ValidationIssue } from "./types";

type Field = { path: string; label: string; text: string; isHeadline: boolean };

function fieldsOf(ad: GoogleRsa): Field[] {
  return [
    ...ad.headlines.map((headline, index) => ({ path: `headlines[${index}].text`, label: `Headline ${index + 1}`, text: headline.text, isHeadline: true })),
    ...ad.descriptions.map((description, index) => ({ path: `descriptions[${index}].text`, label: `Description ${index + 1}`, text: description.text, isHeadline: false })),
  ];
}

const list = (values: string[]) => values.map(quote).join(", ");

/** Google Ads editorial policy, as errors: ads that break it are disapproved. */
export function checkGoogleRsaEditorial(ad: GoogleRsa, extraAbbreviations: readonly string[] = []): ValidationIssue[] {
  const allowed = new Set([...DEFAULT_ALLOWED_ABBREVIATIONS, ...extraAbbreviations].map((word) => word.toUpperCase()));
  const fields = fieldsOf(ad);
  const issues: ValidationIssue[] = [];

  let exclamations = 0;
  let overflowReported = false;
  for (const field of fields) {
    const marks = countExclamationMarks(field.text);
    if (field.isHeadline && marks > 0) {
      issues.push(error(field.path, "rsa.headline.exclamation", `${field.label} contains "!"; Google does not allow exclamation marks in headlines.`, { code: "rsaHeadlineExclamation" }));
    }
    exclamations += marks;
    if (exclamations > 1 && !overflowReported) {
      overflowReported = true;
      issues.push(error(field.path, "rsa.exclamation.too_many", `${field.label} brings the ad to ${exclamations} exclamation marks; Google allows at most one per ad.`, { code: "rsaExclamationTooMany", params: { count: exclamations } }));
    }

    const repeated = findRepeatedPunctuation(field.text);
    if (repeated.length > 0) {
      issues.push(error(field.path, "rsa.punctuation.repeated", `${field.label} repeats punctuation or symbols (${list(repeated)}); Google allows each mark only once in a row.`, { code: "rsaPunctuationRepeated", params: { found: list(repeated) } }));
    }
    const caps = findAllCapsWords(field.text, allowed);
    if (caps.length > 0) {
      issues.push(error(field.path, "rsa.caps.excessive", `${field.label} uses all-caps ${caps.length === 1 ? "word" : "words"} ${list(caps)}; Google allows capitals only for abbreviations such as USB.`, { code: "rsaCaps", params: { words: list(caps) } }));
    }
    const substitutions = findLetterSubstitutions(field.text);
    if (substitutions.length > 0) {
      issues.push(error(field.path, "rsa.symbols.letter_substitution", `${field.label} uses symbols or digits in place of letters (${list(substitutions)}); Google requires words spelled out.`, { code: "rsaLetterSubstitution", params: { found: list(substitutions) } }));
    }
    const emoji = findEmoji(field.text);
    if (emoji.length > 0) {
      issues.push(error(field.path, "rsa.emoji", `${field.label} contains emoji (${emoji.join(" ")}); Google does not allow emoji in search ads.`, { code: "rsaEmoji", params: { emoji: emoji.join(" ") } }));
    }
    const decorative = findDecorativeSymbols(field.text);
    if (decorative.length > 0) {
      issues.push(error(field.path, "rsa.symbols.decorative", `${field.label} uses decorative symbols (${decorative.join(" ")}); Google does not allow bullets, stars, arrows or asterisks.`, { code: "rsaDecorative", params: { symbols: decorative.join(" ") } }));
    }
  }

  issues.push(...findDuplicates(fields.filter((field) => field.isHeadline), "rsa.headline.duplicate", "headline"));
  issues.push(...findDuplicates(fields.filter((field) => !field.isHeadline), "rsa.description.duplicate", "description"));
  return issues;
}

function findDuplicates(fields: Field[], rule: string, noun: string): ValidationIssue[] {
  const firstSeen = new Map<string, Field>();
  const issues: ValidationIssue[] = [];
  for (const field of fields) {
    const key = duplicateKey(field.text);
    if (key === "") continue;
    const earlier = firstSeen.get(key);
    if (earlier) issues.push(error(field.path, rule, `${field.label} repeats ${earlier.label.toLowerCase()}; Google rejects duplicate ${noun}s.`, { code: "rsaDuplicate", params: { earlierPath: earlier.path, noun } }));
    else firstSeen.set(key, field);
  }
  return issues;
}
