/*
 * SYNTHETIC (see site.ts). The shop's product feed: a Merchant-Center-like CSV with columns beyond
 * the usual preset (weight_g, lux, capacity_wh, language), one row per product and language, and
 * one malformed row (a price "auf Anfrage") that the real import must reject. German rows say
 * "Pedelec", English rows "e-bike", as each language's brand guide asks.
 */
import Papa from "papaparse";
import type { ColumnMapping } from "@/lib/rag/product-feed/types";
import { spurwerkUrl } from "./site";

export const FEED_COLUMNS = ["id", "title", "description", "link", "image_link", "price", "brand", "product_type", "color", "weight_g", "lux", "capacity_wh", "language"] as const;

export type KitProduct = {
  id: string;
  title: string;
  description: string;
  path: string;
  /** The price as the feed states it (a number with a dot decimal). */
  price: number;
  category: string;
  color: string;
  weightG: number | null;
  lux: number | null;
  capacityWh: number | null;
  language: "de" | "en";
};

const de = (product: Omit<KitProduct, "language">): KitProduct => ({ ...product, language: "de" });
const en = (product: Omit<KitProduct, "language">): KitProduct => ({ ...product, language: "en" });

export const KIT_PRODUCTS: readonly KitProduct[] = [
  de({ id: "SW-L01", title: "Leuchtfeuer 70 Frontlicht", description: "Frontlicht mit 70 Lux für den Anschluss an den Pedelec-Akku. Das Lichtfeld ist oben scharf abgeschnitten und blendet den Gegenverkehr nicht. Gehäuse aus Aluminium.", path: "/de/p/leuchtfeuer-70", price: 49.9, category: "Beleuchtung", color: "Schwarz", weightG: 95, lux: 70, capacityWh: null }),
  de({ id: "SW-L02", title: "Leuchtfeuer 120 Frontlicht", description: "Frontlicht mit 120 Lux für unbeleuchtete Wege. Ein Tagfahrlicht-Ring macht Sie auch bei Tag sichtbar. Anschluss an den Pedelec-Akku.", path: "/de/p/leuchtfeuer-120", price: 89, category: "Beleuchtung", color: "Schwarz", weightG: 140, lux: 120, capacityWh: null }),
  de({ id: "SW-L03", title: "Glimmer Rücklicht", description: "Rücklicht mit Bremslichtfunktion, das beim Verzögern heller leuchtet. Montage am Gepäckträger.", path: "/de/p/glimmer", price: 24.9, category: "Beleuchtung", color: "Schwarz", weightG: 38, lux: null, capacityWh: null }),
  de({ id: "SW-A01", title: "Ausdauer 500 Pedelec-Akku", description: "Rahmenakku mit 500 Wh für Reichweiten im Alltag. Passt in die gängigen Rahmenaufnahmen und lässt sich abschließen.", path: "/de/p/ausdauer-500", price: 549, category: "Akkus", color: "Grau", weightG: 2900, lux: null, capacityWh: 500 }),
  de({ id: "SW-A02", title: "Ausdauer 625 Pedelec-Akku", description: "Rahmenakku mit 625 Wh für lange Touren. Die Ladestandsanzeige zeigt die Restkapazität in fünf Stufen.", path: "/de/p/ausdauer-625", price: 649, category: "Akkus", color: "Grau", weightG: 3400, lux: null, capacityWh: 625 }),
  de({ id: "SW-A03", title: "Ladegerät 4A", description: "Ladegerät mit 4 Ampere für die Ausdauer-Akkus. Lädt einen leeren Akku in etwa vier Stunden.", path: "/de/p/ladegeraet-4a", price: 119, category: "Akkus", color: "Schwarz", weightG: 800, lux: null, capacityWh: null }),
  de({ id: "SW-S01", title: "Riegel 90 Bügelschloss", description: "Bügelschloss aus gehärtetem Stahl mit 16 mm Bügel. Mit Halterung für das Unterrohr und zwei Schlüsseln.", path: "/de/p/riegel-90", price: 79.9, category: "Schlösser", color: "Schwarz", weightG: 1450, lux: null, capacityWh: null }),
  de({ id: "SW-S02", title: "Faltwerk Faltschloss", description: "Faltschloss aus sechs gehärteten Stahlgliedern, zusammengefaltet so groß wie eine Trinkflasche. Mit Rahmenhalterung.", path: "/de/p/faltwerk", price: 99, category: "Schlösser", color: "Anthrazit", weightG: 1200, lux: null, capacityWh: null }),
  de({ id: "SW-T01", title: "Pendel 20 Gepäckträgertasche", description: "Wasserdichte Tasche mit 20 Litern für den Arbeitsweg. Das Hakensystem passt auf Gepäckträger bis 16 mm Rohrdurchmesser.", path: "/de/p/pendel-20", price: 69, category: "Taschen", color: "Olivgrün", weightG: 980, lux: null, capacityWh: null }),
  de({ id: "SW-T02", title: "Lenkerkorb Stadt", description: "Lenkerkorb aus pulverbeschichtetem Stahl mit Schnellverschluss. Trägt bis zu 5 kg.", path: "/de/p/lenkerkorb-stadt", price: 44.9, category: "Taschen", color: "Sand", weightG: 620, lux: null, capacityWh: null }),
  de({ id: "SW-H01", title: "Kopfsache Stadthelm", description: "Stadthelm mit integriertem Rücklicht und Magnetverschluss. Geprüft nach EN 1078.", path: "/de/p/kopfsache", price: 89.9, category: "Helme", color: "Mattweiß", weightG: 390, lux: null, capacityWh: null }),
  de({ id: "SW-W01", title: "Pedelec-Inspektion", description: "Inspektion mit Auslesen des Fehlerspeichers von Motor und Akku, Einstellung von Bremsen und Schaltung. Fertig innerhalb von 48 Stunden nach der Abgabe.", path: "/de/werkstatt/inspektion", price: 89, category: "Werkstatt-Service", color: "", weightG: null, lux: null, capacityWh: null }),
  de({ id: "SW-W02", title: "Akku-Check", description: "Kapazitätstest und Prüfung der Zellbalance Ihres Akkus. Das Ergebnis erhalten Sie schriftlich, fertig innerhalb von 24 Stunden.", path: "/de/werkstatt/akku-check", price: 29, category: "Werkstatt-Service", color: "", weightG: null, lux: null, capacityWh: null }),
  de({ id: "SW-W03", title: "Bremsen-Service hydraulisch", description: "Entlüften beider Bremsen und Wechsel der Bremsflüssigkeit. Fertig am selben Tag bei Abgabe bis 10 Uhr.", path: "/de/werkstatt/bremsen", price: 59, category: "Werkstatt-Service", color: "", weightG: null, lux: null, capacityWh: null }),
  en({ id: "SW-L01-EN", title: "Leuchtfeuer 70 front light", description: "Front light with 70 lux that runs off the e-bike battery. Its beam has a sharp upper cut-off and does not dazzle oncoming traffic. Aluminium housing.", path: "/en/p/leuchtfeuer-70", price: 49.9, category: "Lights", color: "Black", weightG: 95, lux: 70, capacityWh: null }),
  en({ id: "SW-L02-EN", title: "Leuchtfeuer 120 front light", description: "Front light with 120 lux for unlit paths. A daytime running ring keeps you visible by day. Runs off the e-bike battery.", path: "/en/p/leuchtfeuer-120", price: 89, category: "Lights", color: "Black", weightG: 140, lux: 120, capacityWh: null }),
  en({ id: "SW-A01-EN", title: "Ausdauer 500 e-bike battery", description: "Frame battery with 500 Wh for everyday range. Fits the common frame mounts and locks in place.", path: "/en/p/ausdauer-500", price: 549, category: "Batteries", color: "Grey", weightG: 2900, lux: null, capacityWh: 500 }),
  en({ id: "SW-S01-EN", title: "Riegel 90 D-lock", description: "D-lock of hardened steel with a 16 mm shackle. Comes with a down-tube mount and two keys.", path: "/en/p/riegel-90", price: 79.9, category: "Locks", color: "Black", weightG: 1450, lux: null, capacityWh: null }),
  en({ id: "SW-T01-EN", title: "Pendel 20 pannier", description: "Waterproof 20-litre pannier for the commute. Its hooks fit racks with tubes up to 16 mm across.", path: "/en/p/pendel-20", price: 69, category: "Bags", color: "Olive green", weightG: 980, lux: null, capacityWh: null }),
  en({ id: "SW-H01-EN", title: "Kopfsache city helmet", description: "City helmet with a built-in rear light and a magnetic buckle. Tested to EN 1078.", path: "/en/p/kopfsache", price: 89.9, category: "Helmets", color: "Matt white", weightG: 390, lux: null, capacityWh: null }),
  en({ id: "SW-W01-EN", title: "E-bike inspection", description: "Inspection that reads the motor and battery fault memory and adjusts brakes and gears. Ready within 48 hours of drop-off.", path: "/en/workshop/inspection", price: 89, category: "Workshop service", color: "", weightG: null, lux: null, capacityWh: null }),
  en({ id: "SW-W02-EN", title: "Battery check", description: "Capacity test and cell balance check of your battery. You get the result in writing, ready within 24 hours.", path: "/en/workshop/battery-check", price: 29, category: "Workshop service", color: "", weightG: null, lux: null, capacityWh: null }),
];

/** The row the import must reject: its price is text. Its id must never reach an asset. */
export const MALFORMED_PRODUCT = { id: "SW-X99", title: "Nabendynamo-Set", path: "/de/p/nabendynamo-set", price: "auf Anfrage" } as const;

function row(product: KitProduct): Record<(typeof FEED_COLUMNS)[number], string> {
  const number = (value: number | null) => (value === null ? "" : String(value));
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    link: kitProductUrl(product),
    image_link: spurwerkUrl(`/img/${product.id.toLowerCase()}.jpg`),
    price: `${product.price.toFixed(2)} EUR`,
    brand: "Spurwerk",
    product_type: product.category,
    color: product.color,
    weight_g: number(product.weightG),
    lux: number(product.lux),
    capacity_wh: number(product.capacityWh),
    language: product.language,
  };
}

const malformedRow: Record<(typeof FEED_COLUMNS)[number], string> = {
  ...row({ ...KIT_PRODUCTS[0]!, id: MALFORMED_PRODUCT.id, title: MALFORMED_PRODUCT.title, description: "Nabendynamo mit Scheinwerfer, Montage in der Werkstatt.", path: MALFORMED_PRODUCT.path }),
  price: MALFORMED_PRODUCT.price,
};

/** The malformed row sits between the German and the English rows, as a hand-edited export would have it. */
export const KIT_FEED_CSV = Papa.unparse(
  { fields: [...FEED_COLUMNS], data: [...KIT_PRODUCTS.slice(0, 14).map(row), malformedRow, ...KIT_PRODUCTS.slice(14).map(row)] },
  { newline: "\n" },
);

/** The mapping an admin confirms in the import preview: the preset's columns plus every extra column as an attribute. */
export const KIT_FEED_MAPPING: ColumnMapping = {
  id: "id",
  name: "title",
  description: "description",
  category: "product_type",
  price: "price",
  url: "link",
  image: "image_link",
  attributes: ["brand", "color", "weight_g", "lux", "capacity_wh", "language"],
};

export function kitProductUrl(product: Pick<KitProduct, "path">): string {
  return spurwerkUrl(product.path);
}
