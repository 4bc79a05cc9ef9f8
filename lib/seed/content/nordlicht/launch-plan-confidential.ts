import type { SeedDocument } from "../types";

/*
 * SYNTHETIC demo content. The one confidential document: costs, margins and an unannounced
 * product. It exists so the demo and the tests can show that confidential sources never reach a
 * generated asset (generation retrieves public and internal sources only) and are hidden from
 * roles outside CONFIDENTIAL_READER_ROLES. NORDLICHT_CONFIDENTIAL_MARKERS in nordlicht-pages.ts
 * lists strings that occur only here, for leak checks.
 */
export const LAUNCH_PLAN_CONFIDENTIAL: SeedDocument = {
  title: "Launchplan Q1 2026: Fjell Pro (Projekt Polarnacht)",
  canonicalUrl: null,
  language: "de",
  classification: "confidential",
  kind: "campaign",
  markdown: `# Launchplan Q1 2026: Fjell Pro (Projekt Polarnacht)

VERTRAULICH. Nur für Geschäftsführung, Produktmanagement und Marketingleitung. Nicht an Agenturen, Händler oder Presse weitergeben.

## Produkt

Die Fjell Pro ist die neue Hardshell-Jacke über der Fjell: 3-Lagen-Membran mit 28.000 mm Wassersäule, 395 g in Größe M, verstärkte Schultern für schwere Rucksäcke. Launch am 16. Februar 2026; das Presse-Embargo endet am selben Tag um 8 Uhr. Bis dahin erwähnt keine öffentliche Kommunikation den Namen Fjell Pro.

## Preise und Margen

| Kennzahl | Fjell Pro | Fjell (Bestand) |
| --- | --- | --- |
| Verkaufspreis (UVP) | 429,00 € | 349,00 € |
| Einstandspreis pro Stück | 96,40 € | 88,10 € |
| Rohertragsmarge Online (netto) | 73 % | 70 % |
| Rohertragsmarge Fachhandel | 47 % | 40 % |

Die Fjell bleibt bei 349,00 €. Ab Kalenderwoche 18 verkaufen wir die Farbe Fjordblau mit höchstens 20 % Nachlass ab, um Lagerfläche für die Fjell Pro frei zu machen. Auf die Fjell Pro gibt es bis Ende Kalenderwoche 20 keinen Rabatt.

## Mediabudget Q1

Gesamt 85.000 €: Google Search 38.000 €, Meta 29.000 €, Influencer-Kooperationen 12.000 €, LinkedIn (Teamausstattung) 6.000 €.

## Ziele

- Absatz: 2.400 Stück bis 30. Juni 2026.
- Break-even bei 1.150 Stück, einschließlich Entwicklungskosten von 142.000 € und Mediabudget.
- Anteil Fachhandel höchstens 35 %, damit die Marge im Plan bleibt.

## Lieferung

Produktion bei unserem Partnerbetrieb in Porto: 3.000 Stück, Wareneingang im Lager Hamburg am 26. Januar 2026.

## Risiken

Die Membranlieferung kann sich um bis zu zwei Wochen verzögern. In diesem Fall verschieben wir den Launch auf den 2. März 2026 und ziehen die Meta-Kampagne entsprechend nach hinten. Entscheidung spätestens am 19. Januar durch die Geschäftsführung.
`,
};
