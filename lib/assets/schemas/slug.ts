import { transliterateToAscii } from "./transliterate";

/** Lowercase ASCII words joined by single hyphens: what we publish as a URL path segment. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** "Größe & Passform für Damen" → "groesse-passform-fuer-damen". */
export function slugify(text: string): string {
  return transliterateToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
