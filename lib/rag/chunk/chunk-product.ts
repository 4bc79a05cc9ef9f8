import { resolveChunkOptions, type Chunk, type ChunkOptions } from "@/lib/rag/chunk/chunk-blocks";
import { splitIntoWindows } from "@/lib/rag/chunk/split-text";
import { normalizeText } from "@/lib/rag/text/normalize";
import { countTokens } from "@/lib/rag/text/tokenize";
import type { ProductAttribute } from "@/lib/rag/product-feed/product-attributes";
import { moveUnitToValue } from "./attribute-unit";

/** One product of a feed, after column mapping. `line` is where it starts in the feed file. */
export type ProductRecord = {
  externalId: string;
  name: string;
  description: string;
  category: string | null;
  price: number | null;
  currency: string | null;
  url: string | null;
  imageUrl: string | null;
  /** Label → the value as text ("Weight" → "1.2 kg"): what the product's chunk states. */
  attributes: Record<string, string>;
  /** The same attributes typed (number with unit, text, list), stored on the product's source. */
  typedAttributes?: Record<string, ProductAttribute>;
  line: number;
};

function factLines(product: ProductRecord): string[] {
  const lines: string[] = [];
  if (product.category) lines.push(`Category: ${product.category}`);
  if (product.price !== null) lines.push(`Price: ${[product.price.toFixed(2), product.currency].filter(Boolean).join(" ")}`);
  // "weight_g" with 95 reads "Weight: 95 g"; a column named after its unit ("lux") gives "Lux: 70 lux".
  const attributes = Object.entries(product.attributes)
    .filter(([, value]) => value.trim() !== "")
    .map(([key, value]) => {
      const moved = moveUnitToValue(key, value);
      return moved ? `${moved.label || key}: ${moved.value}` : `${key}: ${value}`;
    });
  if (attributes.length > 0) lines.push(`Attributes: ${attributes.join("; ")}`);
  if (product.url) lines.push(`URL: ${product.url}`);
  return lines.map((line) => normalizeText(line).replace(/\n/g, " "));
}

/**
 * Field-aware chunks of a product. Every chunk starts with "Product: <name>", so a chunk about
 * the sole of a shoe still says which shoe; the first one holds the structured facts as
 * labelled lines, followed by the start of the description.
 */
export function chunkProduct(product: ProductRecord, options?: ChunkOptions): Chunk[] {
  const { maxTokens, overlapTokens } = resolveChunkOptions(options);
  const name = normalizeText(product.name).replace(/\n/g, " ");
  // A name that would eat the budget of every chunk is shortened in the label (not elsewhere).
  const shortName = countTokens(name) > maxTokens / 2 ? `${splitIntoWindows(name, { maxTokens: Math.floor(maxTokens / 2) - 1, overlapTokens: 0 })[0] ?? ""}…` : name;
  const label = `Product: ${shortName}`;
  const budget = Math.max(1, maxTokens - countTokens(label));

  const facts = factLines(product).join("\n");
  const description = normalizeText(product.description);
  const body = [facts, description].filter(Boolean).join("\n\n");
  const windows = body ? splitIntoWindows(body, { maxTokens: budget, overlapTokens: Math.min(overlapTokens, budget - 1) }) : [""];

  return windows.map((window, ordinal) => {
    const text = window ? `${label}\n${window}` : label;
    return { ordinal, sectionPath: [name], text, tokenCount: countTokens(text) };
  });
}
