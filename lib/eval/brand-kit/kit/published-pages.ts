import type { SeedDocument } from "@/lib/seed/content/types";
import { spurwerkUrl } from "./site";

// SYNTHETIC (see site.ts). Pages the brand has published: style examples and public facts. They
// follow the brand's own rules (no banned term, preferred terms per language), as a customer's
// published pages would after review.
export const BATTERY_WINTER_DE: SeedDocument = {
  title: "Pedelec-Akku im Winter richtig lagern",
  canonicalUrl: spurwerkUrl("/de/ratgeber/akku-winter"),
  language: "de",
  classification: "public",
  kind: "published_page",
  markdown: `# Pedelec-Akku im Winter richtig lagern

Ein Lithium-Ionen-Akku verliert in der Kälte Reichweite, erholt sich aber wieder, sobald er warm ist. Lagern Sie den Akku über den Winter bei 10 bis 20 Grad in einem trockenen Raum.

## Der richtige Ladestand

Laden Sie den Akku vor der Winterpause auf 50 bis 70 Prozent. Ein voller oder leerer Akku altert beim Lagern schneller. Prüfen Sie den Ladestand alle acht Wochen.

## Vor der ersten Fahrt im Frühjahr

Laden Sie den Akku bei Zimmertemperatur vollständig auf. Unser Akku-Check in der Werkstatt misst die verbleibende Kapazität und prüft die Zellbalance.
`,
};

export const COMMUTING_LIGHTS_EN: SeedDocument = {
  title: "Lights for winter commuting",
  canonicalUrl: spurwerkUrl("/en/guides/winter-commuting-lights"),
  language: "en",
  classification: "public",
  kind: "published_page",
  markdown: `# Lights for winter commuting

From November, most riders commute in the dark at least one way. A front light with a sharp cut-off lights the road without dazzling oncoming traffic.

## How much light you need

On lit city streets, 70 lux is enough to see potholes early. On unlit paths between towns, a light with 120 lux shows the edge of the path from further away.

## Powered by the e-bike battery

A front light connected to the e-bike battery never needs charging on its own. Check the cable at the fork once a season, because a loose plug is the most common cause of a dark light.
`,
};

export const WORKSHOP_DE: SeedDocument = {
  title: "Unsere Werkstatt in Leipzig",
  canonicalUrl: spurwerkUrl("/de/werkstatt"),
  language: "de",
  classification: "public",
  kind: "published_page",
  markdown: `# Unsere Werkstatt in Leipzig

Seit 2014 reparieren wir in Leipzig-Plagwitz Pedelecs aller Marken. Vier Mechanikerinnen und Mechaniker arbeiten mit den Diagnoseprogrammen der großen Motorhersteller.

## Inspektion ohne lange Wartezeit

Eine Pedelec-Inspektion ist innerhalb von 48 Stunden nach der Abgabe fertig. Dabei lesen wir den Fehlerspeicher von Motor und Akku aus, stellen Bremsen und Schaltung ein und prüfen alle Schraubverbindungen.

## Für Pendlerinnen und Pendler

Wer morgens abgibt, kann auf Wunsch ein Leihrad für die Dauer der Reparatur nutzen.
`,
};
