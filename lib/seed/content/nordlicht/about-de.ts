import type { SeedDocument } from "../types";

// SYNTHETIC demo content: Nordlicht Outdoor, its founders and every figure below are invented.
export const ABOUT_DE: SeedDocument = {
  title: "Über Nordlicht Outdoor",
  canonicalUrl: "https://nordlicht.example/ueber-uns",
  language: "de",
  classification: "public",
  kind: "published_page",
  markdown: `# Über Nordlicht Outdoor

Nordlicht Outdoor ist eine Outdoor-Marke aus Hamburg. Wir entwickeln wetterfeste Bekleidung und Ausrüstung für Wanderungen, Trekkingtouren und lange Tage draußen – im Norden und überall, wo das Wetter schnell umschlägt.

## Wie alles anfing

Im August 2013 waren Svea Lindqvist und Jonas Brandt auf dem Kungsleden in Schwedisch-Lappland unterwegs. Nach drei Regentagen war keine ihrer Jacken mehr trocken. Zurück in Hamburg nähten sie in einer Altonaer Hinterhofwerkstatt den ersten Prototyp der Fjell Hardshell-Jacke. 2014 gründeten sie Nordlicht Outdoor, 2015 kam die Fjell in den Verkauf. Heute zählen wir mehr als 120.000 Kundinnen und Kunden in Deutschland und Österreich.

## Was wir machen

Unser Sortiment umfasst Hardshell- und Windjacken, Trekkinghosen, Baselayer aus Merinowolle, Rucksäcke, Schlafsäcke und Wanderstiefel. Jedes Produkt testet unser Team mindestens 60 Tage im Feld, bevor es in den Shop kommt – vor allem in den Lyngenalpen bei Tromsø und rund um Abisko, wo es im Sommer auch bei 5 °C tagelang regnen kann.

## Wie wir arbeiten

- Entwicklung und Design in Hamburg-Altona, mit 38 Mitarbeitenden.
- Gefertigt bei sechs Partnerbetrieben in Portugal, Litauen und Vietnam, die wir jedes Jahr selbst besuchen.
- 78 % unserer Materialien (nach Gewicht) sind recycelt. Alle Imprägnierungen sind seit der Kollektion 2021 PFAS-frei.
- 5 Jahre Garantie auf Material- und Verarbeitungsfehler. Danach reparieren wir in unserer Hamburger Werkstatt zum Selbstkostenpreis.

## Besuch uns

Unseren Showroom in Hamburg-Altona kannst du donnerstags und freitags von 12 bis 19 Uhr besuchen. Dort kannst du alle Jacken anprobieren und Rucksäcke mit Gewicht testen.

## Kontakt

Unser Service-Team erreichst du Montag bis Freitag von 9 bis 17 Uhr per E-Mail an service@nordlicht.example. Wir antworten in der Regel innerhalb eines Werktags.
`,
};
