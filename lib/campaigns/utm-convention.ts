import { transliterateToAscii } from "@/lib/assets/schemas/transliterate";
import { UTM_TEMPLATE_PLACEHOLDERS, UtmConventionSchema, type UtmConvention } from "./utm-convention-schema";

export type UtmPlaceholder = (typeof UTM_TEMPLATE_PLACEHOLDERS)[number];

/** What a workspace without its own convention gets: the product (or topic) as the campaign value. */
export const BUILT_IN_UTM_CONVENTION: UtmConvention = {
  campaignTemplate: "{campaign}",
  brandToken: "",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore-dot",
  maxLength: 100,
  sourceMedium: {},
};

/**
 * A stored convention (brand_settings.utm_convention) as the code uses it: null, or one that no
 * longer parses (a field renamed since), is the built-in convention, so generation and
 * validation never stop over a settings row.
 */
export function readUtmConvention(value: unknown): UtmConvention {
  if (value === null || value === undefined) return BUILT_IN_UTM_CONVENTION;
  const parsed = UtmConventionSchema.safeParse(value);
  return parsed.success ? parsed.data : BUILT_IN_UTM_CONVENTION;
}

// Regex class bodies; the dash is escaped so it never reads as a range when more is appended.
const ALLOWED_CHARACTER_CLASSES: Record<UtmConvention["allowedCharacters"], string> = {
  alphanumeric: "a-zA-Z0-9",
  "alphanumeric-dash-underscore": "a-zA-Z0-9_\\-",
  "alphanumeric-dash-underscore-dot": "a-zA-Z0-9_.\\-",
};

/** The body of a regex character class for one value character under the convention (the separator is always allowed). */
export function valueCharacterClass(convention: UtmConvention): string {
  const characters = ALLOWED_CHARACTER_CLASSES[convention.allowedCharacters];
  const separator = convention.separator === "-" ? "\\-" : "_";
  return `${convention.lowercase ? characters.replace("A-Z", "") : characters}${separator}`;
}

/** The characters a value may hold under the convention (the separator is always allowed). */
export function allowedValuePattern(convention: UtmConvention): RegExp {
  return new RegExp(`^[${valueCharacterClass(convention)}]+$`);
}

/**
 * One piece of text as a UTM value part under the convention: transliterated ("Frühling" →
 * "fruehling"), lowercased when the convention says so, every run of other characters one
 * separator ("55+10" → "55_10", never "5510"; "3.5 l" → "3_5_l" when dots are not allowed).
 */
export function utmPart(text: string, convention: UtmConvention): string {
  const ascii = transliterateToAscii(text).trim();
  const cased = convention.lowercase ? ascii.toLowerCase() : ascii;
  const keep = ALLOWED_CHARACTER_CLASSES[convention.allowedCharacters];
  const separator = convention.separator;
  const other = new RegExp(`[^${keep}]+`, "g");
  const joined = cased.replace(other, separator);
  const repeated = new RegExp(`${separator === "-" ? "\\-" : "_"}{2,}`, "g");
  const edges = new RegExp(`^${separator === "-" ? "\\-" : "_"}+|${separator === "-" ? "\\-" : "_"}+$`, "g");
  return joined.replace(repeated, separator).replace(edges, "");
}

/** Meteorological season of a date in the northern hemisphere (what retail campaign names use). */
export function seasonOf(isoDate: string): "spring" | "summer" | "autumn" | "winter" {
  const month = Number(isoDate.slice(5, 7));
  if (month >= 3 && month <= 5) return "spring";
  if (month >= 6 && month <= 8) return "summer";
  if (month >= 9 && month <= 11) return "autumn";
  return "winter";
}

export type UtmTemplateValues = Partial<Record<UtmPlaceholder, string | number | null>>;

/** The placeholders a template uses, in order ("{brand}_{campaign}" → brand, campaign). */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? "");
}

/**
 * `utm_campaign` from the convention's template. Each placeholder's value becomes a UTM part;
 * placeholders without a value drop out with their adjoining separator, so "{brand}_{campaign}_{variant}"
 * without a variant is "spw_fruehling" and not "spw_fruehling_". Literal text in the template is
 * kept as written (normalised the same way).
 */
export function renderUtmCampaign(convention: UtmConvention, values: UtmTemplateValues): string {
  const rendered = convention.campaignTemplate.replace(/\{([^{}]*)\}/g, (_match, name: string) => {
    const value = values[name as UtmPlaceholder];
    return value === null || value === undefined || value === "" ? "\u0000" : `\u0001${utmPart(String(value), convention)}\u0001`;
  });
  // Literal parts are normalised as a whole; placeholder values (already parts) are kept apart from them.
  const pieces = rendered.split(/\u0001/);
  const normalised = pieces
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/\u0000/g, "").length === 0 ? piece : literalPart(piece, convention)))
    .join("");
  const separator = convention.separator === "-" ? "\\-" : "_";
  const cleaned = normalised
    .replace(/\u0000/g, "")
    .replace(new RegExp(`${separator}{2,}`, "g"), convention.separator)
    .replace(new RegExp(`^${separator}+|${separator}+$`, "g"), "");
  return cleaned.slice(0, convention.maxLength).replace(new RegExp(`${separator}+$`), "");
}

/** Literal template text keeps its separators ("_", "-") but is cased and transliterated like a value. */
function literalPart(piece: string, convention: UtmConvention): string {
  const markers = piece.replace(/[^\u0000]/g, "");
  const text = piece.replace(/\u0000/g, "");
  const ascii = transliterateToAscii(text);
  const cased = convention.lowercase ? ascii.toLowerCase() : ascii;
  return markers + cased.replace(/\s+/g, convention.separator);
}

/**
 * The start every `utm_campaign` of a campaign shares: the template rendered with the
 * campaign-level placeholders (brand, campaign, season, year) up to the first per-asset one
 * (product, kind, variant, language). A campaign page matches KPI rows by it, so it is "" when
 * that start does not hold `{campaign}`: "spw" or "spw_spring2027" is shared by every campaign
 * of the brand (or the season) and would claim their rows too.
 */
export function campaignUtmPrefix(convention: UtmConvention, values: Pick<UtmTemplateValues, "brand" | "campaign" | "season" | "year">): string {
  const perAsset = /\{(product|kind|variant|language)\}/.exec(convention.campaignTemplate);
  const head = perAsset ? convention.campaignTemplate.slice(0, perAsset.index) : convention.campaignTemplate;
  if (!head.includes("{campaign}")) return "";
  return renderUtmCampaign({ ...convention, campaignTemplate: head }, values);
}

/** The campaign-level template values of a campaign (its code, start season and year, the brand token). */
export function campaignTemplateValues(convention: UtmConvention, campaign: { code: string; startsOn: string }, brandName: string): UtmTemplateValues {
  return {
    brand: convention.brandToken || brandName,
    campaign: campaign.code,
    season: seasonOf(campaign.startsOn),
    year: campaign.startsOn.slice(0, 4),
  };
}
