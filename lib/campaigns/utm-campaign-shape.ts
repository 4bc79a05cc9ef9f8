import { renderUtmCampaign, seasonOf, valueCharacterClass, type UtmTemplateValues } from "./utm-convention";
import type { UtmConvention } from "./utm-convention-schema";

/** What an asset's `utm_campaign` is checked against besides the convention. */
export type UtmCampaignFacts = {
  /** The `{brand}` value when the convention has no brand token: the workspace's name. */
  brandName: string;
  /** The campaign the asset was briefed in (its code and start date); null outside a campaign. */
  campaign: { code: string; startsOn: string } | null;
  kind: string;
  language: string;
};

export type UtmCampaignShape = {
  /** Matches every value the template yields for these facts. */
  pattern: RegExp;
  /** The expected value for a person: known parts filled in, the others as their placeholder ("spw_pendeln_spring2027_{variant}"). */
  expected: string;
  /** The fixed start every such value has (up to the first part that varies). */
  head: string;
};

// Letters and digits only, so the convention's own rendering (casing, separators, transliteration) leaves them intact.
const slot = (index: number) => `qzslot${index}qz`;

/**
 * The shape of `utm_campaign` for an asset: the template rendered with what the asset's context
 * knows (brand, the campaign's code, season and year, kind, language), and a pattern in place of
 * what it cannot know at validation time (the product or topic part, the variant number, and
 * outside a campaign the campaign part, season and year the generator took from the brief's
 * date). Rendering goes through renderUtmCampaign, so the shape follows the same rules as the
 * values the generator writes (a missing part drops out with its separator).
 */
export function utmCampaignShape(convention: UtmConvention, facts: UtmCampaignFacts): UtmCampaignShape {
  const part = `[${valueCharacterClass(convention)}]+`;
  const seasons = ["spring", "summer", "autumn", "winter"].join("|");
  const wildcards: { name: string; pattern: string }[] = [];
  const wildcard = (name: string, pattern: string) => {
    wildcards.push({ name, pattern });
    return slot(wildcards.length - 1);
  };
  const campaign = facts.campaign;
  const values: UtmTemplateValues = {
    brand: convention.brandToken || facts.brandName,
    campaign: campaign ? campaign.code : wildcard("campaign", part),
    season: campaign ? seasonOf(campaign.startsOn) : wildcard("season", `(?:${seasons})`),
    year: campaign ? campaign.startsOn.slice(0, 4) : wildcard("year", "\\d{4}"),
    product: wildcard("product", part),
    kind: facts.kind.replace(/-/g, " "),
    variant: wildcard("variant", "\\d+"),
    language: facts.language,
  };
  // Unbounded here: the length limit is its own rule (and a cut value is checked by its head).
  const rendered = renderUtmCampaign({ ...convention, maxLength: Number.MAX_SAFE_INTEGER }, values);
  const escaped = rendered.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const body = wildcards.reduce((text, entry, index) => text.replace(slot(index), `(?:${entry.pattern})`), escaped);
  const expected = wildcards.reduce((text, entry, index) => text.replace(slot(index), `{${entry.name}}`), rendered);
  const firstSlot = /qzslot\d+qz/.exec(rendered);
  return { pattern: new RegExp(`^${body}$`), expected, head: firstSlot ? rendered.slice(0, firstSlot.index) : rendered };
}

/**
 * Whether `value` has the shape. A value at the convention's length limit may be a cut one (the
 * generator cuts long values), so it only has to agree with the fixed start as far as it goes.
 */
export function followsCampaignShape(value: string, shape: UtmCampaignShape, convention: UtmConvention): boolean {
  if (shape.pattern.test(value)) return true;
  if (value.length < convention.maxLength - 1) return false;
  const { head } = shape;
  return head.length >= value.length ? head.startsWith(value) : value.startsWith(head);
}
