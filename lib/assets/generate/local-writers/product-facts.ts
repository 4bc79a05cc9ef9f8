import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { normalizeText } from "@/lib/rag/text/normalize";

/*
 * Reads the product chunks written by lib/rag/chunk/chunk-product.ts back into facts:
 *
 *   Product: Fjell 3L Hardshell Jacket
 *   Category: Jackets > Hardshell
 *   Price: 349.00 EUR
 *   Attributes: Material: recycled nylon; Weight: 420 g
 *   URL: https://nordlicht.example/p/fjell-3l
 *
 *   The Fjell is a three-layer hardshell …
 *
 * Every fact keeps the id of the chunk it was read from, so a template that uses it can cite it.
 */

export type ProductAttribute = { key: string; value: string; sourceId: string };
export type ProductPrice = { amount: number; currency: string; sourceId: string };

export type ProductFacts = {
  name: string;
  /** Chunk that states the name (every chunk of a product does; the one with the facts is preferred). */
  nameSourceId: string;
  categoryPath: string[];
  categorySourceId: string | null;
  price: ProductPrice | null;
  attributes: ProductAttribute[];
  url: string | null;
  /** Every chunk of this product, in prompt order. */
  chunkIds: string[];
};

export type ParsedProductChunk = {
  sourceId: string;
  name: string;
  category: string | null;
  price: { amount: number; currency: string } | null;
  attributes: { key: string; value: string }[];
  url: string | null;
  /** The free-text description after the fact lines. */
  description: string;
};

const PRODUCT_LINE = /^Product:\s*(.+)$/;
const FACT_LINE = /^(Category|Price|Attributes|URL):\s*(.*)$/;
const CATEGORY_SEPARATOR = /\s*(?:>|›|»|\|)\s*/;

function parsePrice(value: string): { amount: number; currency: string } | null {
  const match = /^(\d+(?:\.\d+)?)(?:\s+([A-Z]{3}))?$/.exec(value.trim());
  // A price without a currency cannot be shown or marked up (schema.org needs priceCurrency).
  if (!match || !match[2]) return null;
  const amount = Number(match[1]);
  return amount > 0 ? { amount, currency: match[2] } : null;
}

function parseAttributes(value: string): { key: string; value: string }[] {
  return value
    .split(/;\s*/)
    .map((pair) => {
      const colon = pair.indexOf(":");
      return colon === -1 ? null : { key: pair.slice(0, colon).trim(), value: pair.slice(colon + 1).trim() };
    })
    .filter((pair): pair is { key: string; value: string } => pair !== null && pair.key !== "" && pair.value !== "");
}

/** A product chunk's facts and description, or null for any other chunk. */
export function parseProductChunk(source: QuotedSource): ParsedProductChunk | null {
  const lines = source.text.split("\n");
  const label = PRODUCT_LINE.exec(lines[0]?.trim() ?? "");
  if (!label) return null;
  const parsed: ParsedProductChunk = { sourceId: source.id, name: label[1]!.trim(), category: null, price: null, attributes: [], url: null, description: "" };
  const description: string[] = [];
  // Fact lines come first; once the description starts, a line like "URL: …" is prose.
  let inFacts = true;
  for (const line of lines.slice(1)) {
    const fact = inFacts ? FACT_LINE.exec(line.trim()) : null;
    if (fact) {
      const value = fact[2]!.trim();
      if (fact[1] === "Category") parsed.category = value || null;
      else if (fact[1] === "Price") parsed.price = parsePrice(value);
      else if (fact[1] === "Attributes") parsed.attributes = parseAttributes(value);
      else parsed.url = value || null;
      continue;
    }
    if (line.trim() === "" && description.length === 0) continue;
    inFacts = false;
    description.push(line);
  }
  parsed.description = description.join("\n").trim();
  return parsed;
}

// The chunk label went through normalizeText (invisible characters out, spaces unified); the brief's title may not have.
const fold = (text: string) => foldForMatching(normalizeText(text)).replace(/\s+/g, " ").trim();

function sameProduct(chunkName: string, title: string): boolean {
  // The chunker shortens very long names in the label and marks the cut with "…" (which
  // folding would turn into "...", so it is taken off first).
  const shortened = chunkName.trimEnd().endsWith("…");
  const name = fold(shortened ? chunkName.trimEnd().slice(0, -1) : chunkName);
  return shortened ? fold(title).startsWith(name) : fold(title) === name;
}

/**
 * The brief's product, merged from all of its chunks. Retrieval also returns neighbouring
 * products (accessories, other colours); only chunks whose name matches the brief's product
 * count, so another product's price can never end up in this one's ad.
 */
export function findProductFacts(chunks: readonly ParsedProductChunk[], title: string | null): ProductFacts | null {
  if (title === null) return null;
  const own = chunks.filter((chunk) => sameProduct(chunk.name, title));
  const first = own[0];
  if (!first) return null;
  const withFacts = own.find((chunk) => chunk.category !== null || chunk.price !== null || chunk.attributes.length > 0 || chunk.url !== null) ?? first;
  // The full name from the chunk that is not shortened, else the brief's (it is the same product).
  const fullName = own.find((chunk) => !chunk.name.endsWith("…"))?.name ?? title;
  const categoryChunk = own.find((chunk) => chunk.category !== null) ?? null;
  const priceChunk = own.find((chunk) => chunk.price !== null) ?? null;
  const seenKeys = new Set<string>();
  const attributes: ProductAttribute[] = [];
  for (const chunk of own) {
    for (const attribute of chunk.attributes) {
      const key = foldForMatching(attribute.key);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      attributes.push({ ...attribute, sourceId: chunk.sourceId });
    }
  }
  return {
    name: fullName,
    nameSourceId: withFacts.sourceId,
    categoryPath: categoryChunk?.category ? categoryChunk.category.split(CATEGORY_SEPARATOR).map((part) => part.trim()).filter(Boolean) : [],
    categorySourceId: categoryChunk?.sourceId ?? null,
    price: priceChunk?.price ? { ...priceChunk.price, sourceId: priceChunk.sourceId } : null,
    attributes,
    url: own.find((chunk) => chunk.url !== null)?.url ?? null,
    chunkIds: own.map((chunk) => chunk.sourceId),
  };
}
