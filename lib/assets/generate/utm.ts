import type { AssetKind } from "@/lib/assets/schemas/asset";
import { holdsForLanguage, type BannedTerm } from "@/lib/assets/schemas/brand-rules";
import { termPattern } from "@/lib/assets/validate/term-match";
import { campaignTemplateValues, renderUtmCampaign, seasonOf, utmPart, type UtmTemplateValues } from "@/lib/campaigns/utm-convention";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { sourceMediumFor } from "@/lib/campaigns/utm-source-medium";
import type { BriefInput, PromptBrief } from "./brief";
import type { BriefProduct } from "./load-product";

export type UtmOptions = {
  convention: UtmConvention;
  brandName: string;
  /** The brief's campaign (its code and start date): `{campaign}`, `{season}` and `{year}` come from it. */
  campaign: { code: string; startsOn: string } | null;
  /** "Another variant" 1–3; `{variant}` is this + 1 (the first wording is variant 1). */
  variant?: number;
  /** The brief's date: season and year of a brief outside any campaign. */
  briefDate: Date;
  bannedTerms: readonly BannedTerm[];
};

/**
 * A value without the banned terms of the language: matched as words ("spw_billig_sale" holds
 * "billig"), cut out with their separator. The value is already ASCII, so folding for the match
 * keeps every position.
 */
function withoutBannedTerms(value: string, convention: UtmConvention, bannedTerms: readonly BannedTerm[], language: "de" | "en"): string {
  let result = value;
  for (const banned of bannedTerms) {
    if (banned.term.trim() === "" || !holdsForLanguage(banned, language)) continue;
    const pattern = termPattern(banned.term);
    if (!pattern) continue;
    const global = new RegExp(pattern.source, "gu");
    const words = result.replace(/[_.-]/g, " ").toLowerCase();
    const ranges = [...words.matchAll(global)].map((match) => [match.index, match.index + match[0].length] as const);
    for (const [start, end] of ranges.reverse()) result = result.slice(0, start) + result.slice(end);
  }
  if (result === value) return value;
  // Rejoin what the cut left: the convention's spelling closes the gaps ("spw__sale_" → "spw_sale").
  return utmPart(result, convention);
}

/**
 * The UTM tags of an asset, built by the workspace's convention: source and medium for the kind,
 * `utm_campaign` from the template (the campaign's code, start season and year inside a campaign;
 * the product or topic and the brief's season and year outside one), the kind as content (with
 * the variant number for another variant), the first keyword as term. Every part goes through the
 * convention's spelling ("55+10" stays "55_10"), and no banned term survives into a value.
 */
export function utmFor(kind: AssetKind, brief: BriefInput, product: BriefProduct | null, options: UtmOptions): PromptBrief["utm"] {
  const { convention } = options;
  const clean = (value: string) => withoutBannedTerms(value, convention, options.bannedTerms, brief.language);
  const subject = product?.title ?? brief.topic;
  const briefDate = options.briefDate.toISOString().slice(0, 10);
  const atBrief = { brand: convention.brandToken || options.brandName, campaign: subject, season: seasonOf(briefDate), year: briefDate.slice(0, 4) };
  const values: UtmTemplateValues = {
    ...(options.campaign ? campaignTemplateValues(convention, options.campaign, options.brandName) : atBrief),
    product: subject,
    kind: kind.replace(/-/g, " "),
    variant: (options.variant ?? 0) + 1,
    language: brief.language,
  };
  const campaign = clean(renderUtmCampaign(convention, values)) || utmPart(options.brandName, convention) || "brandpilot";
  const { source, medium } = sourceMediumFor(convention, kind);
  const content = utmPart(options.variant ? `${kind.replace(/-/g, " ")} ${options.variant + 1}` : kind.replace(/-/g, " "), convention);
  const term = brief.keywords[0] ? clean(utmPart(brief.keywords[0], convention)) : "";
  return {
    source: clean(utmPart(source, convention)),
    medium: clean(utmPart(medium, convention)),
    campaign,
    content: clean(content) || null,
    term: term === "" ? null : term.slice(0, convention.maxLength),
  };
}
