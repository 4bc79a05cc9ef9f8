import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { allowedValuePattern, utmPart } from "./utm-convention";
import { UTM_TEMPLATE_PLACEHOLDERS, UtmConventionSchema, type UtmConvention } from "./utm-convention-schema";

const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDER_LIST = UTM_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(", ");

/** Characters of `text` the convention does not allow in a value, each once, in order ("Spring Sale!" → [" ", "!"]). */
export function disallowedCharacters(text: string, convention: UtmConvention): string[] {
  const allowed = allowedValuePattern(convention);
  return [...new Set([...text].filter((character) => !allowed.test(character)))];
}

function describeCharacters(characters: readonly string[]): string {
  return characters.map((character) => (character === " " ? "a space" : `"${character}"`)).join(", ");
}

/**
 * Problems of a campaign template under its convention, as sentences: braces that do not pair,
 * placeholders that do not exist (named), no `{campaign}` or `{product}` (every asset of a brand
 * would share one value), and literal text with characters the convention does not allow (it
 * would be rewritten on every link, so the template would not say what the links carry).
 */
export function templateProblems(convention: UtmConvention): string[] {
  const template = convention.campaignTemplate;
  const problems: string[] = [];
  const literal = template.replace(PLACEHOLDER, "");
  if (/[{}]/.test(literal)) problems.push("The template has a brace without its partner: write placeholders as {name}.");
  const unknown = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "").filter((name) => !(UTM_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  for (const name of new Set(unknown)) problems.push(`The template uses the unknown placeholder {${name}}; use ${PLACEHOLDER_LIST}.`);
  if (!/\{(campaign|product)\}/.test(template)) problems.push("The template needs {campaign} or {product}; without either, every link of the brand would carry the same campaign value.");
  const bad = disallowedCharacters(literal.replace(/[{}]/g, ""), convention);
  if (bad.length > 0) {
    const casing = convention.lowercase && bad.some((character) => /\p{Lu}/u.test(character)) ? " (the convention is lowercase)" : "";
    problems.push(`The template's fixed text has characters the convention does not allow: ${describeCharacters(bad)}${casing}.`);
  }
  return problems;
}

/** The value as the convention writes it, or a sentence saying how to write it; null when it already follows. */
function valueProblem(value: string, convention: UtmConvention, label: string): string | null {
  const written = utmPart(value, convention);
  if (written === value) return null;
  return written === "" ? `${label} has no character the convention allows.` : `${label} must be written as it appears in UTM values: "${written}".`;
}

/**
 * A convention as an admin saves it (Admin → Brand): the stored shape plus the rules that make it
 * usable. Every value it fixes (brand token, source, medium) must already be in the convention's
 * own spelling, so what the form shows is exactly what the links carry.
 */
export const UtmConventionInputSchema = UtmConventionSchema.superRefine((convention, context) => {
  for (const message of templateProblems(convention)) context.addIssue({ code: "custom", path: ["campaignTemplate"], message });
  if (convention.brandToken !== "") {
    const problem = valueProblem(convention.brandToken, convention, "The brand token");
    if (problem) context.addIssue({ code: "custom", path: ["brandToken"], message: problem });
  }
  for (const [kind, pair] of Object.entries(convention.sourceMedium)) {
    if (!(ASSET_KINDS as readonly string[]).includes(kind)) {
      context.addIssue({ code: "custom", path: ["sourceMedium", kind], message: `"${kind}" is not an asset kind; use one of ${ASSET_KINDS.join(", ")}.` });
      continue;
    }
    for (const field of ["source", "medium"] as const) {
      const problem = valueProblem(pair[field], convention, `The ${field} for ${kind}`);
      if (problem) context.addIssue({ code: "custom", path: ["sourceMedium", kind, field], message: problem });
    }
  }
});
