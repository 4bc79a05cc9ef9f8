import type { ProductField } from "@/lib/rag/product-feed/types";

/** Lower case, no "g:" namespace (Google XML-to-CSV exports), one space between words. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/^g:/, "")
    .replace(/[\s_\-.:]+/g, " ")
    .trim();
}

// Column names seen in shop exports and hand-made spreadsheets, German and English, most
// specific first: the first one present wins.
export const FIELD_SYNONYMS: Record<Exclude<ProductField, "attributes">, string[]> = {
  id: ["id", "product id", "productid", "item id", "sku", "variant sku", "artikelnummer", "artikel nr", "art nr", "artnr", "produkt id", "produktid", "handle", "ean", "gtin", "mpn"],
  name: ["name", "title", "product name", "product title", "produktname", "titel", "bezeichnung", "artikelname", "artikelbezeichnung", "produkt", "product"],
  description: ["description", "body (html)", "body html", "body", "beschreibung", "produktbeschreibung", "langbeschreibung", "long description", "details", "short description", "kurzbeschreibung", "text"],
  category: ["category", "categories", "product type", "product category", "google product category", "kategorie", "kategorien", "produktkategorie", "produkttyp", "warengruppe", "type"],
  price: ["price", "regular price", "variant price", "sale price", "unit price", "preis", "verkaufspreis", "vk preis", "vk", "bruttopreis", "stückpreis", "amount", "betrag"],
  currency: ["currency", "currency code", "währung", "waehrung"],
  url: ["url", "link", "product url", "product link", "produkt url", "produkturl", "produktlink", "permalink", "deeplink", "website"],
  image: ["image", "image url", "image link", "image src", "images", "bild", "bild url", "bildlink", "bilder", "foto", "picture"],
};

/** Columns worth keeping as searchable attributes when no preset names them. */
export const ATTRIBUTE_SYNONYMS = [
  "brand", "marke", "hersteller", "manufacturer", "vendor", "color", "colour", "farbe", "size", "größe", "groesse",
  "material", "gender", "geschlecht", "weight", "gewicht", "tags", "sku", "ean", "gtin",
];
