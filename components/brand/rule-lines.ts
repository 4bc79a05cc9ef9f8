import type { BrandRules, RuleLanguage } from "@/lib/assets/schemas/brand-rules";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset";

/**
 * Brand rules are edited as plain lines (one rule per line), which admins can paste from a style
 * guide. These helpers turn lines into rules and back; the server validates the result again.
 *   banned:      [de: ]term | optional reason            ("de:"/"en:" limits it to one language)
 *   preferred:   [en: ]avoid => use
 *   disclaimers: channel: text   channel/de: text   or a star for every kind ("* /de: text", without the space)
 *                optionally followed by  | category: Schlafsäcke, Isomatten  and/or  | when: \d+ ?mm
 */
const LANGUAGE_PREFIX = /^(de|en):\s*/i;
const CONDITION = /\s+\|\s+(category|categories|when):\s*/gi;

function splitLanguage(line: string): { language: RuleLanguage; rest: string } {
  const match = LANGUAGE_PREFIX.exec(line);
  return match ? { language: match[1]!.toLowerCase() as "de" | "en", rest: line.slice(match[0].length) } : { language: null, rest: line };
}

const languagePrefix = (language: RuleLanguage | undefined) => (language ? `${language}: ` : "");
const withLanguage = (language: RuleLanguage) => (language ? { language } : {});

export function bannedToLines(rules: BrandRules["bannedTerms"]): string {
  return rules.map((r) => `${languagePrefix(r.language)}${r.reason ? `${r.term} | ${r.reason}` : r.term}`).join("\n");
}

export function linesToBanned(text: string): BrandRules["bannedTerms"] {
  return lines(text).map((line) => {
    const { language, rest } = splitLanguage(line);
    const [term, ...reason] = rest.split("|");
    return { term: term!.trim(), reason: reason.join("|").trim() || null, ...withLanguage(language) };
  });
}

export function preferredToLines(rules: BrandRules["preferredTerms"]): string {
  return rules.map((r) => `${languagePrefix(r.language)}${r.avoid} => ${r.use}`).join("\n");
}

/** What is wrong with a rule line, as data: the form words it in the reader's language (brand.lineErrors). */
export type LineError =
  | { key: "preferredLine"; line: number }
  | { key: "disclaimerLine"; line: number; channels: string }
  | { key: "hashtag"; entry: string }
  | { key: "bannedRequired" }
  | { key: "preferredRequired" }
  | { key: "disclaimerRequired" }
  | { key: "formattingAsProposed" }
  | { key: "utmMistakes" };

export function linesToPreferred(text: string): { rules: BrandRules["preferredTerms"]; errors: LineError[] } {
  const errors: LineError[] = [];
  const rules: BrandRules["preferredTerms"] = [];
  lines(text).forEach((line, index) => {
    const { language, rest } = splitLanguage(line);
    const [avoid, use] = rest.split("=>").map((part) => part.trim());
    if (!avoid || !use) errors.push({ key: "preferredLine", line: index + 1 });
    else rules.push({ avoid, use, ...withLanguage(language) });
  });
  return { rules, errors };
}

export function disclaimersToLines(rules: BrandRules["requiredDisclaimers"]): string {
  return rules
    .map((r) => {
      const conditions = [(r.categories ?? []).length > 0 ? ` | category: ${r.categories!.join(", ")}` : "", r.pattern ? ` | when: ${r.pattern}` : ""].join("");
      return `${r.channel ?? "*"}${r.language ? `/${r.language}` : ""}: ${r.text}${conditions}`;
    })
    .join("\n");
}

export function linesToDisclaimers(text: string): { rules: BrandRules["requiredDisclaimers"]; errors: LineError[] } {
  const errors: LineError[] = [];
  const rules: BrandRules["requiredDisclaimers"] = [];
  lines(text).forEach((line, index) => {
    const separator = line.indexOf(":");
    const [channel = "", language = null] = line.slice(0, Math.max(separator, 0)).trim().split("/");
    // " | category: …" and " | when: …" close the text; a "|" inside a pattern without spaces stays.
    const [disclaimer = "", ...parts] = line.slice(separator + 1).split(CONDITION);
    const conditions: { categories?: string[]; pattern?: string } = {};
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const value = parts[i + 1]!.trim();
      if (parts[i]!.toLowerCase() === "when") conditions.pattern = value;
      else conditions.categories = value.split(",").map((category) => category.trim()).filter(Boolean);
    }
    const isChannel = channel === "*" || (ASSET_KINDS as readonly string[]).includes(channel);
    const isLanguage = language === null || language === "de" || language === "en";
    if (separator < 0 || !isChannel || !isLanguage || !disclaimer.trim()) {
      errors.push({ key: "disclaimerLine", line: index + 1, channels: ASSET_KINDS.join(", ") });
    } else rules.push({ channel: channel === "*" ? null : (channel as AssetKind), language: language as "de" | "en" | null, text: disclaimer.trim(), ...conditions });
  });
  return { rules, errors };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

// Letters, digits and underscores, not only digits: what LinkedIn, Instagram and X link as one hashtag.
const LINKABLE_HASHTAG = /^[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;

export function hashtagsToLine(hashtags: readonly string[] | undefined): string {
  return (hashtags ?? []).map((tag) => `#${tag}`).join(" ");
}

/**
 * "#Nordlicht #Hardshell, Regenjacke" → ["Nordlicht", "Hardshell", "Regenjacke"]: separated by
 * spaces, commas or line breaks, "#" optional, repeats (in any case) dropped. A hashtag with
 * punctuation cannot be linked by the networks and is refused with the entry named.
 */
export function lineToHashtags(text: string): { hashtags: string[]; errors: LineError[] } {
  const errors: LineError[] = [];
  const hashtags: string[] = [];
  const seen = new Set<string>();
  for (const entry of text.split(/[\s,;]+/u)) {
    const tag = entry.replace(/^#+/, "");
    if (tag === "") continue;
    if (!LINKABLE_HASHTAG.test(tag)) {
      errors.push({ key: "hashtag", entry });
      continue;
    }
    if (seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    hashtags.push(tag);
  }
  return { hashtags, errors };
}
