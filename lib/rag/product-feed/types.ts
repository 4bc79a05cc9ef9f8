/** The product fields a feed column can be mapped to. */
export const PRODUCT_FIELDS = ["id", "name", "description", "category", "price", "currency", "url", "image", "attributes"] as const;

export type ProductField = (typeof PRODUCT_FIELDS)[number];

/**
 * Feed column (header text) per product field; several columns may become attributes, each with
 * the type chosen in the preview (guessed from its values when not chosen).
 */
export type ColumnMapping = { [K in ProductField]?: K extends "attributes" ? string[] : string } & {
  attributeTypes?: Record<string, "number" | "text" | "list">;
};

/** A problem with one line of the feed (1-based physical line; the header is line 1). */
export type FeedRowError = { line: number; message: string };

export type FeedRow = { line: number; values: Record<string, string> };
