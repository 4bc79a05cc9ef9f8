import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { error, quote, warning } from "./issues";
import { containsTerm, foldForMatching } from "./term-match";
import type { ValidationIssue } from "./types";
import { visibleTextFields } from "./visible-text";

/**
 * Applies a workspace's brand rules to any asset, generated or edited by hand. `toneNotes` is
 * guidance for the generator and reviewers; no rule can check tone.
 */
export function checkBrandRules(asset: Asset, rules: BrandRules): ValidationIssue[] {
  const fields = visibleTextFields(asset);
  const issues: ValidationIssue[] = [];

  for (const field of fields) {
    for (const banned of rules.bannedTerms) {
      if (banned.term.trim() === "" || !containsTerm(field.text, banned.term)) continue;
      const reason = banned.reason ? ` (${banned.reason})` : "";
      issues.push(error(field.path, "brand.banned_term", `${field.label} uses the banned term ${quote(banned.term)}${reason}; rephrase without it.`));
    }
    for (const preferred of rules.preferredTerms) {
      if (preferred.avoid.trim() === "" || !containsTerm(field.text, preferred.avoid)) continue;
      // "Kunde" → "Kundin oder Kunde": text already using the preferred phrase is fine.
      if (containsTerm(preferred.use, preferred.avoid) && containsTerm(field.text, preferred.use)) continue;
      issues.push(warning(field.path, "brand.preferred_term", `${field.label} uses ${quote(preferred.avoid)}; the brand prefers ${quote(preferred.use)}.`));
    }
  }

  // A disclaimer must appear whole within one field: split across rotating ad texts it would
  // rarely be shown complete.
  const foldedFields = fields.map((field) => collapseWhitespace(foldForMatching(field.text)));
  for (const disclaimer of rules.requiredDisclaimers) {
    if (disclaimer.channel !== asset.kind || disclaimer.text.trim() === "") continue;
    if (disclaimer.language && disclaimer.language !== asset.language) continue;
    const wanted = collapseWhitespace(foldForMatching(disclaimer.text));
    if (!foldedFields.some((text) => text.includes(wanted))) {
      issues.push(error("", "brand.disclaimer_missing", `The required disclaimer ${quote(disclaimer.text)} is missing; include it word for word in one text field.`));
    }
  }
  return issues;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
