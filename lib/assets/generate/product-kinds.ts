import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import { ASSET_KIND_LABELS } from "@/lib/assets/schemas/asset-kind";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

/**
 * Asset kinds that exist only for one product of the feed: product feed copy is a row of a
 * supplemental feed, keyed by the product's id, so a brief about a topic has nothing to key it by.
 * Client-safe (no zod, no database), so the Generate form says the same as the route.
 */
export const PRODUCT_ONLY_KINDS: readonly AssetKind[] = ["merchant-feed"];

export function needsProduct(kind: AssetKind): boolean {
  return PRODUCT_ONLY_KINDS.includes(kind);
}

/** Why a brief cannot be written as asked, or null: a product-only kind chosen without a product. */
export function productKindRefusal(brief: { productSourceId: string | null; assetKinds: readonly AssetKind[] }): string | null {
  const message = productKindRefusalMessage(brief);
  return message && renderEnglishErrorMessage(message.key, message.params ?? {});
}

/** The same refusal as a message key, for the reader's language. */
export function productKindRefusalMessage(brief: { productSourceId: string | null; assetKinds: readonly AssetKind[] }): ErrorMessage | null {
  if (brief.productSourceId !== null) return null;
  const kinds = brief.assetKinds.filter(needsProduct);
  if (kinds.length === 0) return null;
  const names = kinds.map((kind) => ASSET_KIND_LABELS[kind]).join(", ");
  return { key: "assets.productKindNeedsProduct", params: { names } };
}
