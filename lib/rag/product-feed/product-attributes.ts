/** One typed attribute of a product: a number with its unit, a text, or a list of texts. */
export type ProductAttribute =
  | { type: "number"; label: string; value: number; unit: string | null }
  | { type: "text"; label: string; value: string }
  | { type: "list"; label: string; value: string[] };

export const ATTRIBUTE_TYPES = ["number", "text", "list"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

// A number, then an optional unit of at most a few characters ("1.2 kg", "10000 mm", "-5 °C",
// "20 000 mm", "3,5 l", "45%"). The unit may not contain digits, so "12 x 30" stays text.
const NUMBER_WITH_UNIT = /^(-?\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|-?\d+)(?:[.,](\d+))?\s*([^\d\s][^\d]{0,11})?$/;
const LIST_SEPARATOR = /\s*[|;]\s*|\s*,\s+/;
const MAX_LIST_ITEM_WORDS = 4;

/**
 * Reads "1.2 kg", "1,2 kg", "10.000 mm" or "10,000 mm" as a number and its unit. A single
 * separator followed by exactly three digits is a thousands separator (as in price lists);
 * identifiers (long digit strings, leading zeros: GTINs, SKUs) are not numbers.
 */
export function parseNumberWithUnit(raw: string): { value: number; unit: string | null } | null {
  const text = raw.trim();
  if (/^0\d/.test(text) || /^\d{8,}$/.test(text)) return null;
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return null;
  const integer = match[1]!.replace(/[ .,\u00a0\u202f]/g, "");
  const value = Number(match[2] !== undefined ? `${integer}.${match[2]}` : integer);
  if (!Number.isFinite(value)) return null;
  const unit = match[3]?.trim().replace(/\.$/, "") || null;
  // "12 pieces, assorted" has a "unit" that is really text.
  if (unit && (/[,;|]/.test(unit) || unit.split(/\s+/).length > 2)) return null;
  return { value, unit };
}

function listItems(raw: string): string[] {
  return raw
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function looksLikeList(raw: string): boolean {
  if (/[|;]/.test(raw)) return listItems(raw).length > 1;
  const items = listItems(raw);
  // "Warm, light and packable." is a sentence, not a list: list items are short and unpunctuated.
  return items.length > 1 && items.every((item) => item.split(/\s+/).length <= MAX_LIST_ITEM_WORDS && !/[.!?]$/.test(item));
}

/**
 * The type a column's values suggest: number when every value is a number (each with its own
 * optional unit), list when values are separated items, text otherwise.
 * Only a suggestion for the import preview: the uploader can choose another type per column.
 */
export function guessAttributeType(values: string[]): AttributeType {
  const filled = values.map((value) => value.trim()).filter(Boolean);
  if (filled.length === 0) return "text";
  if (filled.every((value) => parseNumberWithUnit(value) !== null)) return "number";
  // "|" or ";" between items is a list separator wherever it appears ("de|en" next to "de");
  // commas also separate clauses, so they make a list only when most values read as one.
  if (filled.some((value) => /[|;]/.test(value) && looksLikeList(value))) return "list";
  if (filled.filter(looksLikeList).length * 2 >= filled.length) return "list";
  return "text";
}

/** "waterproof_rating" → "Waterproof rating"; a header already written for people stays as it is. */
export function attributeLabel(column: string): string {
  const spaced = column.trim().replace(/^g:/, "").replace(/[_\s]+/g, " ").trim();
  return spaced === spaced.toLowerCase() ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : spaced;
}

/**
 * One cell as a typed attribute. A cell that does not fit the column's type is kept as text
 * rather than dropped: the fact is still there, only not typed. Empty cells give null.
 */
export function toProductAttribute(type: AttributeType, label: string, raw: string): ProductAttribute | null {
  const text = raw.trim();
  if (text === "") return null;
  if (type === "number") {
    const number = parseNumberWithUnit(text);
    if (number) return { type: "number", label, value: number.value, unit: number.unit };
  }
  if (type === "list") {
    const items = listItems(text);
    if (items.length > 0) return { type: "list", label, value: items };
  }
  return { type: "text", label, value: text };
}

/** The value as the product's text states it ("1.2 kg", "red, blue"): what retrieval and grounding read. */
export function formatAttributeValue(attribute: ProductAttribute): string {
  if (attribute.type === "number") return [String(attribute.value), attribute.unit].filter(Boolean).join(" ");
  if (attribute.type === "list") return attribute.value.join(", ");
  return attribute.value;
}
