import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import type { BriefProduct } from "./load-product";
import { utmFor } from "./utm";

/** The machine-readable brief for one asset kind (see PromptBriefSchema). */
export function promptBriefFor(kind: AssetKind, brief: BriefInput, brand: BrandContext, product: BriefProduct | null): PromptBrief {
  return {
    kind,
    language: brief.language,
    brandName: brand.brandName,
    product: product ? { sourceId: product.id, title: product.title, url: product.url, category: product.category } : null,
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
