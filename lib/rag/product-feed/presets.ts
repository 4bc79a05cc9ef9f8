import { ATTRIBUTE_SYNONYMS, FIELD_SYNONYMS, normalizeHeader } from "@/lib/rag/product-feed/column-synonyms";
import type { ColumnMapping, ProductField } from "@/lib/rag/product-feed/types";

export type FeedPreset = { label: string; mapping: ColumnMapping };

/** Column names of the export formats shops actually produce. */
export const FEED_PRESETS = {
  shopify: {
    label: "Shopify product export",
    mapping: {
      id: "Handle",
      name: "Title",
      description: "Body (HTML)",
      category: "Type",
      price: "Variant Price",
      image: "Image Src",
      attributes: ["Vendor", "Tags", "Variant SKU"],
    },
  },
  woocommerce: {
    label: "WooCommerce product export",
    mapping: {
      id: "ID",
      name: "Name",
      description: "Description",
      category: "Categories",
      price: "Regular price",
      image: "Images",
      attributes: ["SKU", "Tags"],
    },
  },
  google_merchant: {
    label: "Google Merchant Center feed",
    mapping: {
      id: "id",
      name: "title",
      description: "description",
      category: "product_type",
      price: "price",
      url: "link",
      image: "image_link",
      attributes: ["brand", "color", "size", "material", "gender", "gtin"],
    },
  },
} satisfies Record<string, FeedPreset>;

export type FeedPresetId = keyof typeof FEED_PRESETS;

// A preset is suggested when at least this share of its columns is present (and id and name are).
const MIN_PRESET_SHARE = 0.5;
const SINGLE_FIELDS = ["id", "name", "description", "category", "price", "currency", "url", "image"] as const satisfies readonly ProductField[];

function presetColumns(mapping: ColumnMapping): string[] {
  return SINGLE_FIELDS.flatMap((field) => (mapping[field] ? [mapping[field]] : [])).concat(mapping.attributes ?? []);
}

/**
 * A starting mapping for a feed's headers: the best-matching preset's columns, completed by
 * German and English synonyms ("Preis" → price, "Kategorie" → category) for what it lacks.
 * The uploader confirms or changes it before anything is imported.
 */
export function suggestMapping(headers: string[]): { preset: FeedPresetId | null; mapping: ColumnMapping } {
  const byName = new Map<string, string>();
  for (const header of headers) if (!byName.has(normalizeHeader(header))) byName.set(normalizeHeader(header), header);
  const find = (column: string) => byName.get(normalizeHeader(column));

  let preset: FeedPresetId | null = null;
  let bestShare = 0;
  for (const [id, candidate] of Object.entries(FEED_PRESETS) as [FeedPresetId, FeedPreset][]) {
    const columns = presetColumns(candidate.mapping);
    const share = columns.filter((column) => find(column) !== undefined).length / columns.length;
    const hasKeys = find(candidate.mapping.id ?? "") !== undefined && find(candidate.mapping.name ?? "") !== undefined;
    if (hasKeys && share >= MIN_PRESET_SHARE && share > bestShare) [preset, bestShare] = [id, share];
  }

  const used = new Set<string>();
  const firstFree = (columns: (string | undefined)[]) => {
    const header = columns.map((column) => (column ? find(column) : undefined)).find((found) => found !== undefined && !used.has(found));
    if (header !== undefined) used.add(header);
    return header;
  };
  const mapping: ColumnMapping = {};
  const presetMapping: ColumnMapping = preset ? FEED_PRESETS[preset].mapping : {};
  for (const field of SINGLE_FIELDS) {
    const header = firstFree([presetMapping[field], ...FIELD_SYNONYMS[field]]);
    if (header !== undefined) mapping[field] = header;
  }
  const attributes = [...(presetMapping.attributes ?? []), ...ATTRIBUTE_SYNONYMS].flatMap((column) => firstFree([column]) ?? []);
  if (attributes.length > 0) mapping.attributes = attributes;
  return { preset, mapping };
}
