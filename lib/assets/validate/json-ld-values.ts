import { isJsonObject } from "@/lib/assets/schemas/json-ld";
import { isAbsoluteHttpUrl } from "./url";

/** Small readers for untyped JSON-LD values; schema.org allows a single value or an array almost everywhere. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** A URL given directly, or as an object with `url` or `@id` (ImageObject, WebPage, Thing). */
export function urlOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (isJsonObject(value)) {
    if (typeof value.url === "string") return value.url;
    if (typeof value["@id"] === "string") return value["@id"];
  }
  return null;
}

export function isUrlValue(value: unknown): boolean {
  const url = urlOf(value);
  return url !== null && isAbsoluteHttpUrl(url);
}

/**
 * Google wants prices as a number or a string with a dot decimal and no currency or thousands
 * separator ("1299.00"); "1.299,00 €" is rejected.
 */
export function parseSchemaPrice(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value.trim());
  return null;
}

export function typeNames(value: unknown): string[] {
  if (!isJsonObject(value)) return [];
  return asList(value["@type"]).filter((type): type is string => typeof type === "string");
}
