import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import { formatPrice } from "@/lib/assets/generate/local-writers/price-format";
import { parseProductChunk, type ParsedProductChunk } from "@/lib/assets/generate/local-writers/product-facts";
import { hostOf } from "./preview-text";

export type ShoppingCardFacts = {
  /** "349 €" / "€349", or null when no cited passage states the price. */
  price: string | null;
  brand: string | null;
  /** The shop's host, from the product's URL in the feed. */
  store: string | null;
};

const BRAND_KEY = /^(?:brand|marke|hersteller|manufacturer|vendor)$/iu;

/**
 * What a Shopping card shows beside the copy, read from the feed: the supplemental feed changes
 * only title, description and highlights, so price, brand and shop are the product's own. Taken
 * from the product chunks the copy cites (title first), never from another product that
 * retrieval brought along; unknown stays unknown rather than being guessed.
 */
export function shoppingCardFacts(feed: Pick<MerchantFeed, "title" | "description" | "highlights" | "language">, sources: readonly SourcePassage[]): ShoppingCardFacts {
  const cited = [feed.title, feed.description, ...feed.highlights].flatMap((field) => field.citations);
  const byId = new Map(sources.map((source) => [source.chunkId, source]));
  const chunks: ParsedProductChunk[] = [];
  for (const chunkId of new Set(cited)) {
    const source = byId.get(chunkId);
    const parsed = source ? parseProductChunk({ id: source.chunkId, title: source.title, version: source.version, section: null, url: source.url, text: source.text }) : null;
    if (parsed) chunks.push(parsed);
  }
  const product = chunks.filter((chunk) => chunk.name === chunks[0]?.name);
  const price = product.find((chunk) => chunk.price !== null)?.price ?? null;
  const brand = product.flatMap((chunk) => chunk.attributes).find((attribute) => BRAND_KEY.test(attribute.key))?.value ?? null;
  const url = product.find((chunk) => chunk.url !== null)?.url ?? null;
  return {
    price: price ? formatPrice({ ...price, sourceId: "" }, feed.language) : null,
    brand,
    store: url ? hostOf(url) : null,
  };
}
