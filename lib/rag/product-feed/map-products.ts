import type { ProductRecord } from "@/lib/rag/chunk/chunk-product";
import { htmlToText } from "@/lib/rag/parse/html-blocks";
import { normalizeCurrency, parsePrice } from "@/lib/rag/product-feed/parse-price";
import type { ColumnMapping, FeedRow, FeedRowError } from "@/lib/rag/product-feed/types";
import {
  attributeLabel,
  formatAttributeValue,
  guessAttributeType,
  toProductAttribute,
  type AttributeType,
  type ProductAttribute,
} from "@/lib/rag/product-feed/product-attributes";
import { normalizeText } from "@/lib/rag/text/normalize";

const LOOKS_LIKE_HTML = /<[a-z!/][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

function singleLine(text: string): string {
  return normalizeText(text).replace(/\n+/g, " ");
}

function plainDescription(value: string): string {
  return LOOKS_LIKE_HTML.test(value) ? normalizeText(htmlToText(value)) : normalizeText(value);
}

/** The first http(s) URL in a cell (WooCommerce lists several images separated by commas). */
function firstHttpUrl(value: string): string | null {
  for (const candidate of value.split(/[\s,|]+/)) {
    if (!URL.canParse(candidate)) continue;
    const url = new URL(candidate);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  }
  return null;
}

/**
 * Each attribute column's type: the one chosen in the preview, else the one its values suggest.
 * Guessed over the whole column, so every product's value of one column has the same type.
 */
export function resolveAttributeTypes(rows: FeedRow[], mapping: ColumnMapping): Record<string, AttributeType> {
  return Object.fromEntries(
    (mapping.attributes ?? []).map((column) => [column, mapping.attributeTypes?.[column] ?? guessAttributeType(rows.map((row) => row.values[column] ?? ""))]),
  );
}

/**
 * Feed rows → products under a column mapping. A row with no id or name, or an unreadable or
 * negative price, is reported and left out; so is a second row with an id already seen. One
 * exception: a repeated id with an empty name is a continuation row (Shopify exports one extra
 * row per variant and per image, with only the handle filled in) and is skipped silently.
 */
export function mapProducts(
  rows: FeedRow[],
  mapping: ColumnMapping,
  options: { defaultCurrency?: string } = {},
): { products: ProductRecord[]; errors: FeedRowError[] } {
  const products: ProductRecord[] = [];
  const errors: FeedRowError[] = [];
  const firstLineById = new Map<string, number>();
  const defaultCurrency = options.defaultCurrency ? normalizeCurrency(options.defaultCurrency) : null;
  const attributeTypes = resolveAttributeTypes(rows, mapping);

  for (const row of rows) {
    const get = (column: string | undefined) => (column ? (row.values[column] ?? "").trim() : "");
    const externalId = singleLine(get(mapping.id));
    const name = singleLine(get(mapping.name));
    const fail = (message: string) => errors.push({ line: row.line, message });

    const seenOnLine = externalId ? firstLineById.get(externalId) : undefined;
    if (seenOnLine !== undefined) {
      if (name) fail(`The product id “${externalId}” was already used on line ${seenOnLine}; this row was skipped.`);
      continue;
    }
    if (!externalId) {
      fail(mapping.id ? `The product id (column “${mapping.id}”) is empty.` : "No column is mapped to the product id.");
      continue;
    }
    if (!name) {
      fail(mapping.name ? `The product name (column “${mapping.name}”) is empty.` : "No column is mapped to the product name.");
      continue;
    }
    const price = parsePrice(get(mapping.price));
    if (!price.ok) {
      fail(price.message);
      continue;
    }
    firstLineById.set(externalId, row.line);

    const currencyCell = get(mapping.currency);
    const attributes: Record<string, string> = {};
    const typedAttributes: Record<string, ProductAttribute> = {};
    for (const column of mapping.attributes ?? []) {
      const attribute = toProductAttribute(attributeTypes[column] ?? "text", attributeLabel(column), singleLine(get(column)));
      if (!attribute) continue;
      typedAttributes[attribute.label] = attribute;
      attributes[attribute.label] = formatAttributeValue(attribute);
    }
    products.push({
      externalId,
      name,
      description: plainDescription(get(mapping.description)),
      category: singleLine(get(mapping.category)) || null,
      price: price.amount,
      currency: (currencyCell ? normalizeCurrency(currencyCell) : null) ?? price.currency ?? (price.amount !== null ? defaultCurrency : null),
      url: firstHttpUrl(get(mapping.url)),
      imageUrl: firstHttpUrl(get(mapping.image)),
      attributes,
      typedAttributes,
      line: row.line,
    });
  }
  return { products, errors };
}
