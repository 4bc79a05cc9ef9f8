import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset";

/**
 * Brand rules are edited as plain lines (one rule per line), which admins can paste from a style
 * guide. These helpers turn lines into rules and back; the server validates the result again.
 *   banned:      term | optional reason
 *   preferred:   avoid => use
 *   disclaimers: channel: text   or   channel/de: text (only German assets)
 */
export function bannedToLines(rules: BrandRules["bannedTerms"]): string {
  return rules.map((r) => (r.reason ? `${r.term} | ${r.reason}` : r.term)).join("\n");
}

export function linesToBanned(text: string): BrandRules["bannedTerms"] {
  return lines(text).map((line) => {
    const [term, ...reason] = line.split("|");
    return { term: term!.trim(), reason: reason.join("|").trim() || null };
  });
}

export function preferredToLines(rules: BrandRules["preferredTerms"]): string {
  return rules.map((r) => `${r.avoid} => ${r.use}`).join("\n");
}

export function linesToPreferred(text: string): { rules: BrandRules["preferredTerms"]; errors: string[] } {
  const errors: string[] = [];
  const rules: BrandRules["preferredTerms"] = [];
  lines(text).forEach((line, index) => {
    const [avoid, use] = line.split("=>").map((part) => part.trim());
    if (!avoid || !use) errors.push(`Preferred terms line ${index + 1}: write "avoid => use".`);
    else rules.push({ avoid, use });
  });
  return { rules, errors };
}

export function disclaimersToLines(rules: BrandRules["requiredDisclaimers"]): string {
  return rules.map((r) => `${r.channel}${r.language ? `/${r.language}` : ""}: ${r.text}`).join("\n");
}

export function linesToDisclaimers(text: string): { rules: BrandRules["requiredDisclaimers"]; errors: string[] } {
  const errors: string[] = [];
  const rules: BrandRules["requiredDisclaimers"] = [];
  lines(text).forEach((line, index) => {
    const separator = line.indexOf(":");
    const [channel = "", language = null] = line.slice(0, Math.max(separator, 0)).trim().split("/");
    const disclaimer = line.slice(separator + 1).trim();
    const isLanguage = language === null || language === "de" || language === "en";
    if (separator < 0 || !(ASSET_KINDS as readonly string[]).includes(channel) || !isLanguage || !disclaimer) {
      errors.push(`Disclaimers line ${index + 1}: write "channel: text" or "channel/de: text" with a channel of ${ASSET_KINDS.join(", ")}.`);
    } else rules.push({ channel: channel as AssetKind, language: language as "de" | "en" | null, text: disclaimer });
  });
  return { rules, errors };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
