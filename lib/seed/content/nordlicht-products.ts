/*
 * SYNTHETIC demo content: the product feed of the fictional brand Nordlicht Outdoor, as a Google
 * Merchant Center CSV (the `google_merchant` preset in lib/rag/product-feed/presets.ts maps it
 * without changes). Titles and descriptions are German throughout, as a feed for the German
 * market would be; English assets about these products are written from German facts, which is
 * exactly the cross-language case the demo should show.
 *
 * Simplifications against a real Merchant Center feed, both deliberate:
 * - One row per product, not per variant: `size` lists the range ("S, M, L, XL") and `color` the
 *   one colour, instead of item_group_id plus one row per size. The knowledge base wants one
 *   source per product; a variant-level feed would import as near-duplicates.
 * - No gtin: invented GTINs could collide with real products, so identifier_exists is "no".
 */
import Papa from "papaparse";
import { NORDLICHT_SITE } from "./sites";

/** Merchant Center attribute names, in the order the CSV lists them. */
export const NORDLICHT_FEED_COLUMNS = [
  "id",
  "title",
  "description",
  "link",
  "image_link",
  "availability",
  "condition",
  "price",
  "brand",
  "product_type",
  "gender",
  "age_group",
  "color",
  "size",
  "material",
  "identifier_exists",
] as const;

export type NordlichtFeedColumn = (typeof NORDLICHT_FEED_COLUMNS)[number];
export type NordlichtFeedRow = Record<NordlichtFeedColumn, string>;

type ProductInput = {
  id: string;
  slug: string;
  title: string;
  description: string;
  productType: string;
  price: string;
  gender: "male" | "female" | "unisex";
  color: string;
  size: string;
  material: string;
};

// Link and image derive from the slug so the two can never disagree.
function feedRow(product: ProductInput): NordlichtFeedRow {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    link: `${NORDLICHT_SITE.url}/p/${product.slug}`,
    image_link: `${NORDLICHT_SITE.url}/images/products/${product.slug}.jpg`,
    availability: "in_stock",
    condition: "new",
    price: product.price,
    brand: "Nordlicht Outdoor",
    product_type: product.productType,
    gender: product.gender,
    age_group: "adult",
    color: product.color,
    size: product.size,
    material: product.material,
    identifier_exists: "no",
  };
}

const FJELL_MEMBRANE = "Die Membran hat eine Wassersäule von 20.000 mm und eine Atmungsaktivität von 25.000 g/m²/24 h, alle Nähte sind verklebt.";
const MERINO = "100 % Merinowolle (200 g/m²), mulesingfrei und nach dem Responsible Wool Standard zertifiziert";

const PRODUCTS: ProductInput[] = [
  {
    id: "NL-1001",
    slug: "fjell-hardshell-jacke-herren",
    title: "Fjell Hardshell-Jacke Herren",
    description: `Wetterfeste 3-Lagen-Hardshell-Jacke für Wanderungen und Trekkingtouren bei Dauerregen und Sturm. ${FJELL_MEMBRANE} Der Oberstoff besteht aus 100 % recyceltem Polyamid aus alten Fischernetzen, die Imprägnierung ist PFAS-frei. Gewicht 420 g in Größe M, mit helmtauglicher Kapuze und zwei Belüftungsreißverschlüssen unter den Armen.`,
    productType: "Jacken > Hardshell",
    price: "349.00 EUR",
    gender: "male",
    color: "Fjordblau",
    size: "S, M, L, XL, XXL",
    material: "100 % recyceltes Polyamid, 3-Lagen-Membran",
  },
  {
    id: "NL-1002",
    slug: "fjell-hardshell-jacke-damen",
    title: "Fjell Hardshell-Jacke Damen",
    description: `Wetterfeste 3-Lagen-Hardshell-Jacke für Wanderinnen, mit taillierter Passform und etwas längerem Rückenteil, das unter dem Hüftgurt nicht hochrutscht. ${FJELL_MEMBRANE} Oberstoff aus 100 % recyceltem Polyamid aus alten Fischernetzen mit PFAS-freier Imprägnierung. Gewicht 380 g in Größe S; die Kapuze passt über einen Kletterhelm.`,
    productType: "Jacken > Hardshell",
    price: "349.00 EUR",
    gender: "female",
    color: "Moosgrün",
    size: "XS, S, M, L, XL",
    material: "100 % recyceltes Polyamid, 3-Lagen-Membran",
  },
  {
    id: "NL-1003",
    slug: "bris-windjacke-damen",
    title: "Bris Windjacke Damen",
    description:
      "Ultraleichte Windjacke für schnelle Touren und windige Grate, 110 g in Größe S. Sie lässt sich in ihre eigene Brusttasche packen und passt so in jede Hüftgurttasche. Der Oberstoff aus 100 % recyceltem Polyamid (30 den) mit PFAS-freier Imprägnierung hält leichte Schauer ab, ist aber nicht für Dauerregen gemacht.",
    productType: "Jacken > Windjacken",
    price: "129.00 EUR",
    gender: "female",
    color: "Sand",
    size: "XS, S, M, L, XL",
    material: "100 % recyceltes Polyamid",
  },
  {
    id: "NL-1004",
    slug: "bris-windjacke-herren",
    title: "Bris Windjacke Herren",
    description:
      "Ultraleichte Windjacke für schnelle Touren und windige Grate, 120 g in Größe M. Sie lässt sich in ihre eigene Brusttasche packen und passt so in jede Hüftgurttasche. Der Oberstoff aus 100 % recyceltem Polyamid (30 den) mit PFAS-freier Imprägnierung hält leichte Schauer ab, ist aber nicht für Dauerregen gemacht.",
    productType: "Jacken > Windjacken",
    price: "129.00 EUR",
    gender: "male",
    color: "Graphit",
    size: "S, M, L, XL, XXL",
    material: "100 % recyceltes Polyamid",
  },
  {
    id: "NL-2001",
    slug: "vidde-trekkinghose-herren",
    title: "Vidde Trekkinghose Herren",
    description:
      "Robuste Trekkinghose mit Vier-Wege-Stretch für lange Wandertage. 88 % recyceltes Polyamid und 12 % Elastan, verstärkte Knie und Saumkanten, PFAS-freie Imprägnierung gegen Nieselregen. Gewicht 390 g in Größe M, Innenbeinlänge 82 cm; den Saum kürzen wir auf Wunsch kostenlos um bis zu 6 cm.",
    productType: "Hosen > Trekkinghosen",
    price: "149.00 EUR",
    gender: "male",
    color: "Graphit",
    size: "S, M, L, XL, XXL",
    material: "88 % recyceltes Polyamid, 12 % Elastan",
  },
  {
    id: "NL-2002",
    slug: "vidde-trekkinghose-damen",
    title: "Vidde Trekkinghose Damen",
    description:
      "Robuste Trekkinghose mit Vier-Wege-Stretch und Damenschnitt für lange Wandertage. 88 % recyceltes Polyamid und 12 % Elastan, verstärkte Knie und Saumkanten, PFAS-freie Imprägnierung gegen Nieselregen. Gewicht 340 g in Größe S, Innenbeinlänge 79 cm; den Saum kürzen wir auf Wunsch kostenlos um bis zu 6 cm.",
    productType: "Hosen > Trekkinghosen",
    price: "149.00 EUR",
    gender: "female",
    color: "Schiefer",
    size: "XS, S, M, L, XL",
    material: "88 % recyceltes Polyamid, 12 % Elastan",
  },
  {
    id: "NL-2003",
    slug: "fjell-hardshell-hose",
    title: "Fjell Hardshell-Hose Unisex",
    description:
      "Wetterfeste 3-Lagen-Überhose für Dauerregen, Schnee und Wind, mit einer Wassersäule von 20.000 mm und verklebten Nähten. Seitliche Reißverschlüsse über die ganze Beinlänge: So ziehst du sie über den Stiefeln an und aus. Oberstoff aus 100 % recyceltem Polyamid, Gewicht 310 g in Größe M.",
    productType: "Hosen > Hardshell",
    price: "249.00 EUR",
    gender: "unisex",
    color: "Schwarz",
    size: "S, M, L, XL, XXL",
    material: "100 % recyceltes Polyamid, 3-Lagen-Membran",
  },
  {
    id: "NL-3001",
    slug: "ull-merino-langarmshirt-herren",
    title: "Ull Merino-Langarmshirt Herren",
    description: `Baselayer aus ${MERINO}. Merino wärmt auch feucht, transportiert Feuchtigkeit von der Haut weg und nimmt kaum Gerüche an, sodass du das Shirt auf Mehrtagestouren mehrere Tage tragen kannst. Flachnähte ohne Scheuerstellen unter den Rucksackträgern, Gewicht 210 g in Größe M.`,
    productType: "Baselayer > Oberteile",
    price: "89.00 EUR",
    gender: "male",
    color: "Anthrazit",
    size: "S, M, L, XL, XXL",
    material: "100 % Merinowolle",
  },
  {
    id: "NL-3002",
    slug: "ull-merino-langarmshirt-damen",
    title: "Ull Merino-Langarmshirt Damen",
    description: `Baselayer mit Damenschnitt aus ${MERINO}. Merino wärmt auch feucht, transportiert Feuchtigkeit von der Haut weg und nimmt kaum Gerüche an, sodass du das Shirt auf Mehrtagestouren mehrere Tage tragen kannst. Flachnähte ohne Scheuerstellen unter den Rucksackträgern, Gewicht 180 g in Größe S.`,
    productType: "Baselayer > Oberteile",
    price: "89.00 EUR",
    gender: "female",
    color: "Beerenrot",
    size: "XS, S, M, L, XL",
    material: "100 % Merinowolle",
  },
  {
    id: "NL-3003",
    slug: "ull-merino-leggings",
    title: "Ull Merino-Leggings Unisex",
    description: `Lange Unterhose aus ${MERINO}. Die wärmende Schicht unter der Trekking- oder Hardshell-Hose an kalten Tagen und im Schlafsack. Breiter, weicher Bund und Flachnähte, Gewicht 170 g in Größe M.`,
    productType: "Baselayer > Unterteile",
    price: "79.00 EUR",
    gender: "unisex",
    color: "Schwarz",
    size: "XS, S, M, L, XL, XXL",
    material: "100 % Merinowolle",
  },
  {
    id: "NL-4001",
    slug: "rygg-30-wanderrucksack",
    title: "Rygg 30 Wanderrucksack",
    description:
      "Tagesrucksack mit 30 Litern für Wandertage und Hüttentouren mit leichtem Gepäck. Die Rückenlänge lässt sich von 42 bis 52 cm einstellen, das belüftete Netzrückensystem hält den Rücken trockener. Gewicht 1.150 g, Regenhülle im Bodenfach inklusive. Material: 420-den-Polyester aus recycelten PET-Flaschen.",
    productType: "Rucksäcke > Wanderrucksäcke",
    price: "159.00 EUR",
    gender: "unisex",
    color: "Petrol",
    size: "Einheitsgröße (Rückenlänge 42–52 cm)",
    material: "Recyceltes Polyester (420 den)",
  },
  {
    id: "NL-4002",
    slug: "rygg-55-10-trekkingrucksack",
    title: "Rygg 55+10 Trekkingrucksack",
    description:
      "Trekkingrucksack für Mehrtagestouren mit Zelt und Schlafsack: 55 Liter, mit ausgezogenem Deckel 65 Liter. Rückenlänge 40 bis 54 cm, gepolsterter Hüftgurt, ausgelegt für bis zu 20 kg Gepäck. Gewicht 1.980 g, Regenhülle inklusive. Material: recyceltes Polyester mit einem Boden aus recyceltem Polyamid.",
    productType: "Rucksäcke > Trekkingrucksäcke",
    price: "249.00 EUR",
    gender: "unisex",
    color: "Schiefer",
    size: "Einheitsgröße (Rückenlänge 40–54 cm)",
    material: "Recyceltes Polyester, Boden aus recyceltem Polyamid",
  },
  {
    id: "NL-5001",
    slug: "natt-minus-5-daunenschlafsack",
    title: "Natt -5 Daunenschlafsack",
    description:
      "Mumienschlafsack für Sommertouren in Skandinavien und die Übergangszeit in den Alpen: Komforttemperatur 0 °C, Limittemperatur -5 °C nach ISO 23537. Füllung 600 g 90/10-Entendaune (700 cuin), zu 100 % nach dem Responsible Down Standard zertifiziert. Gesamtgewicht 980 g in Regular, Packmaß 18 × 30 cm im mitgelieferten Kompressionssack.",
    productType: "Schlafsäcke > Daune",
    price: "379.00 EUR",
    gender: "unisex",
    color: "Rostrot",
    size: "Regular (bis 185 cm), Long (bis 200 cm)",
    material: "Außenstoff recyceltes Polyamid, Füllung 90/10-Entendaune (RDS)",
  },
  {
    id: "NL-5002",
    slug: "natt-plus-5-kunstfaserschlafsack",
    title: "Natt +5 Kunstfaserschlafsack",
    description:
      "Leichter Sommerschlafsack mit einer Füllung aus 100 % recyceltem Polyester, die auch feucht noch wärmt. Komforttemperatur 9 °C, Limittemperatur 5 °C nach ISO 23537. Gesamtgewicht 1.150 g in Regular, Packmaß 20 × 34 cm; waschbar bei 30 °C.",
    productType: "Schlafsäcke > Kunstfaser",
    price: "169.00 EUR",
    gender: "unisex",
    color: "Moosgrün",
    size: "Regular (bis 185 cm), Long (bis 200 cm)",
    material: "Außenstoff recyceltes Polyamid, Füllung 100 % recyceltes Polyester",
  },
  {
    id: "NL-6001",
    slug: "sti-mid-wanderstiefel-herren",
    title: "Sti Mid Wanderstiefel Herren",
    description:
      "Knöchelhoher Wanderstiefel aus Nubukleder einer Gerberei mit Gold-Rating der Leather Working Group. Die Membran hält Wasser bei Bachdurchquerungen bis zum Knöchel und in nassem Gras ab, die Gummisohle mit 5 mm tiefen Stollen gibt Halt auf Fels und Matsch. Gewicht 1.280 g pro Paar in Größe 42.",
    productType: "Schuhe > Wanderstiefel",
    price: "219.00 EUR",
    gender: "male",
    color: "Braun",
    size: "EU 40–47",
    material: "Nubukleder, Membran, Gummisohle",
  },
  {
    id: "NL-6002",
    slug: "sti-mid-wanderstiefel-damen",
    title: "Sti Mid Wanderstiefel Damen",
    description:
      "Knöchelhoher Wanderstiefel mit schmalerem Damenleisten aus Nubukleder einer Gerberei mit Gold-Rating der Leather Working Group. Die Membran hält Wasser bei Bachdurchquerungen bis zum Knöchel und in nassem Gras ab, die Gummisohle mit 5 mm tiefen Stollen gibt Halt auf Fels und Matsch. Gewicht 1.080 g pro Paar in Größe 38.",
    productType: "Schuhe > Wanderstiefel",
    price: "219.00 EUR",
    gender: "female",
    color: "Grau",
    size: "EU 36–42",
    material: "Nubukleder, Membran, Gummisohle",
  },
];

export const NORDLICHT_PRODUCTS: readonly NordlichtFeedRow[] = PRODUCTS.map(feedRow);

/** The feed as a shop would upload it: comma-separated, quoted where needed, one header row. */
export const NORDLICHT_PRODUCT_FEED_CSV: string = Papa.unparse(
  { fields: [...NORDLICHT_FEED_COLUMNS], data: NORDLICHT_PRODUCTS.map((row) => NORDLICHT_FEED_COLUMNS.map((column) => row[column])) },
  { newline: "\n" },
);

export const NORDLICHT_PRODUCT_IDS: readonly string[] = NORDLICHT_PRODUCTS.map((row) => row.id);
