import type { QueueFilters } from "@/lib/review/queries";
import { isKnownAssetKind } from "@/components/generate/asset-kinds";

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a query parameter; repeated or empty parameters count as absent. */
export function readParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * The queue's filters as they appear in the URL (`?kind=google-rsa&validation=invalid`), so a
 * filtered queue can be bookmarked and shared. Unknown values are ignored, not errors: a stale
 * bookmark still opens the queue.
 */
export function parseQueueFilters(params: SearchParams): QueueFilters {
  const kind = readParam(params, "kind");
  const language = readParam(params, "language");
  const validation = readParam(params, "validation");
  const author = readParam(params, "author");
  const product = readParam(params, "product");
  return {
    ...(isKnownAssetKind(kind) ? { kind } : {}),
    ...(language === "de" || language === "en" ? { language } : {}),
    ...(validation === "valid" || validation === "invalid" ? { validation } : {}),
    ...(author && author.length <= 64 ? { authorId: author } : {}),
    ...(product && product.length <= 64 ? { productSourceId: product } : {}),
  };
}

export function hasQueueFilters(filters: QueueFilters): boolean {
  return Object.keys(filters).length > 0;
}
