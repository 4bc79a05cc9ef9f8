import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import type { BriefProduct } from "./load-product";
import { utmFor } from "./utm";

/**
 * Only product feed copy is keyed by the shop's product id; leaving it out of every other kind's
 * brief keeps their prompts (and cached answers) byte-identical to before it existed.
 */
function feedKey(kind: AssetKind, product: BriefProduct): { productId?: string | null } {
  return kind === "merchant-feed" ? { productId: product.externalId } : {};
}

/** The machine-readable brief for one asset kind (see PromptBriefSchema). */
export function promptBriefFor(kind: AssetKind, brief: BriefInput, brand: BrandContext, product: BriefProduct | null): PromptBrief {
  return {
    kind,
    language: brief.language,
    brandName: brand.brandName,
    product: product ? { sourceId: product.id, title: product.title, url: product.url, category: product.category, ...feedKey(kind, product) } : null,
    topic: brief.topic,
    audience: brief.audience,
    goal: brief.goal,
    tone: brief.tone,
    keywords: brief.keywords,
    finalUrl: product?.url ?? brand.siteUrl ?? "",
    utm: utmFor(kind, brief, product),
    knownUrls: brand.knownUrls,
    workspaceLanguages: brand.languages,
    brandRules: brand.rules,
  };
}
