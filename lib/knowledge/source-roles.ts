// Type only: this module is also used by client components (the role picker), which must not bundle the schema.
import type { SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";

/**
 * A source's role (stored as `knowledge_sources.kind`) decides what generation and answers may take
 * from it. This module is the one place that decides it: retrieval for generation, the guide
 * passages that feed voice and rules, and the knowledge answer all ask here.
 */
export type SourceRole = (typeof SOURCE_KINDS)[number];

/** The roles a person can choose; `other` is only what sources from before roles existed still carry. */
export const CHOOSABLE_ROLES = ["brand_voice", "product", "policy", "campaign", "published_page", "internal_note"] as const satisfies readonly SourceRole[];
export type ChoosableRole = (typeof CHOOSABLE_ROLES)[number];

export const ROLE_LABELS: Record<SourceRole, string> = {
  brand_voice: "Brand guide / voice",
  product: "Product data",
  policy: "Policy and service facts",
  campaign: "Campaign brief",
  published_page: "Published page",
  internal_note: "Internal note",
  other: "Published page (legacy)",
};

/** What each role contributes, shown next to the role picker so the choice is informed. */
export const ROLE_DESCRIPTIONS: Record<ChoosableRole, string> = {
  brand_voice: "Rules and voice for the writers; never quoted as copy.",
  product: "Product facts: name, price, attributes, description.",
  policy: "Shipping, returns, warranty and service facts.",
  campaign: "The campaign's offer facts (code, value, dates); its instructions are never copied.",
  published_page: "A page already on the site: public facts and a style example.",
  internal_note: "Answers members' questions, labelled; never reaches public text.",
};

/** Legacy `other` sources were pages of the site; they keep behaving as published pages. */
export function effectiveRole(kind: string): ChoosableRole {
  return (CHOOSABLE_ROLES as readonly string[]).includes(kind) ? (kind as ChoosableRole) : "published_page";
}

/**
 * Roles whose text may be quoted as facts in public copy. The legacy `other` is listed explicitly
 * because filters run in SQL on the stored value.
 */
export const FACT_BEARING_ROLES = ["product", "policy", "campaign", "published_page", "other"] as const satisfies readonly SourceRole[];

/** Roles that feed the writers' voice and rules, never their copy. */
export const GUIDE_ROLES = ["brand_voice"] as const satisfies readonly SourceRole[];

/** Roles whose text never reaches anything published under the brand's name. */
export const PRIVATE_ROLES = ["internal_note"] as const satisfies readonly SourceRole[];

export function isFactBearing(kind: string): boolean {
  return (FACT_BEARING_ROLES as readonly string[]).includes(kind);
}

export function isGuideRole(kind: string): boolean {
  return (GUIDE_ROLES as readonly string[]).includes(kind);
}

/** Internal notes may answer a member's question, but the answer says so. */
export function isInternalNote(kind: string): boolean {
  return (PRIVATE_ROLES as readonly string[]).includes(kind);
}

// Words in a file name or a document's first heading that say what the document is. German and
// English; matched on word parts ("Markenleitfaden_2026.pdf", "returns-policy.md"). Order matters:
// the first role with a hit wins. Words that mark a document as internal are checked first: a wrong guess there only
// keeps text private, while "summer-sale-internal-notes" guessed as a campaign (or a policy) would
// make internal notes fact-bearing, quoted in public copy. After that, "brand guide for the spring
// campaign" is a guide. A bare "guide" is a brand guide, but a size, care or buying guide is a page
// of the shop with facts.
const ROLE_HINTS: { role: ChoosableRole; words: RegExp }[] = [
  { role: "internal_note", words: /\b(intern(al|e|es)?|memo|protokoll|meeting|vertraulich|confidential)\b/ },
  {
    role: "brand_voice",
    words: /\b(style ?guide|styleguide|brand ?(voice|guide|book)|brandbook|tone of voice|voice|guide ?lines?|leitfaden|markenleitfaden|markenstimme|tonalit(ä|ae)t|schreibregeln|corporate wording)\b|markenleitfaden|styleguide|(?<!\b(size|sizing|fit|care|gift|buying|repair|pflege|gr(ö|oe)(ß|ss)en) )\bguide\b/,
  },
  { role: "campaign", words: /\b(campaign|kampagne|aktion|promo(tion)?|sale|launch)\b|kampagne/ },
  {
    role: "policy",
    words: /\b(polic(y|ies)|shipping|delivery|returns?|refunds?|warranty|guarantee|terms|service|versand|lieferung|r(ü|ue)ckgabe|widerruf|garantie|gew(ä|ae)hrleistung|agb|datenschutz|privacy|reparatur|repair)\b|versand|r(ü|ue)cksendung/,
  },
  { role: "product", words: /\b(products?|produkte?|feed|catalog(ue)?|katalog|sortiment)\b/ },
  // Bare "notes" last: "campaign-notes" usually carry the offer (a campaign, whose instructions the
  // writers leave out), while notes that name nothing else stay private.
  { role: "internal_note", words: /\b(notes?|notiz(en)?)\b/ },
];

function normalizedName(fileName: string): string {
  return fileName
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/[_\-.]+/g, " ");
}

/** The first heading (Markdown `#`) or first non-empty line: what a document says it is. */
function documentTitle(text: string): string {
  for (const line of text.split(/\r?\n/).slice(0, 20)) {
    const trimmed = line.replace(/^#+\s*/, "").trim();
    if (trimmed) return trimmed.toLowerCase().slice(0, 200);
  }
  return "";
}

function roleFromWords(words: string): ChoosableRole | null {
  if (!words) return null;
  return ROLE_HINTS.find((hint) => hint.words.test(words))?.role ?? null;
}

/**
 * The role a new source most likely has, from its file name (or pasted title) and then its first
 * heading; a page of the site when neither says more. Only a default: the uploader sees it and can
 * change it, then and later.
 */
export function guessSourceRole(options: { fileName?: string | null; title?: string | null; text?: string | null }): ChoosableRole {
  return (
    roleFromWords(normalizedName(options.fileName ?? "")) ??
    roleFromWords((options.title ?? "").toLowerCase()) ??
    roleFromWords(documentTitle(options.text ?? "")) ??
    "published_page"
  );
}
