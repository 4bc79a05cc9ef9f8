import { createTranslator } from "use-intl/core";
import english from "../../messages/en.json";

/** Custom messages in input schemas are message keys below `validation` (`{ error: "validation.required" }`). */
export const VALIDATION_KEY = /^validation\.[A-Za-z0-9_.]+$/;

/** Any zod issue: its message, and whatever fields its kind has. */
type IssueLike = { message: string };
type Translate = (key: string, values: Record<string, string | number>) => string;

/**
 * A zod issue's message in words: a `validation.*` key is rendered with the issue's own fields as ICU arguments
 * (`minimum`, `maximum`, an enum's `values`) plus the `params` a refinement adds; any other message is kept.
 */
export function renderIssueMessage(translate: Translate, issue: IssueLike): string {
  return VALIDATION_KEY.test(issue.message) ? translate(issue.message, issueArguments(issue as unknown as Record<string, unknown>)) : issue.message;
}

const translateEnglish = createTranslator({ locale: "en", messages: english }) as unknown as Translate;

/** The English sentence of an issue, for answers that stay language-neutral (REST API, MCP) and for logs. */
export function englishIssueMessage(issue: IssueLike): string {
  return renderIssueMessage(translateEnglish, issue);
}

export function issueArguments(issue: Record<string, unknown>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const add = (name: string, value: unknown) => {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
    if (typeof value === "bigint") values[name] = Number(value);
    // An enum's allowed values, listed as the schema declares them.
    if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) values[name] = value.join(", ");
  };
  for (const [name, value] of Object.entries(issue)) add(name, value);
  // A refinement's own arguments (`ctx.addIssue({ message: "validation.…", params: { name } })`).
  if (issue.params && typeof issue.params === "object") for (const [name, value] of Object.entries(issue.params)) add(name, value);
  return values;
}
