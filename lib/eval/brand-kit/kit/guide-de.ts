import type { SeedDocument } from "@/lib/seed/content/types";

// SYNTHETIC (see site.ts). The German brand guide: its own terms and disclaimers, and the formal
// "Sie" where the English guide has no formality to choose.
export const GUIDE_DE: SeedDocument = {
  title: "Spurwerk Markenleitfaden (Deutsch)",
  canonicalUrl: null,
  language: "de",
  classification: "internal",
  kind: "brand_voice",
  markdown: `# Spurwerk Markenleitfaden für deutsche Texte

Fassung 2, September 2026. Dieser Leitfaden gilt für alle, die für Spurwerk auf Deutsch schreiben.

## 1. Tonalität

- Hilfsbereit und sachlich, wie eine Mechanikerin, die erklärt, was sie tut.
- Kurze Sätze mit jeweils einem Gedanken.
- Lieber den Messwert nennen als das Produkt zu loben.
- Keine Ausrufezeichen und keine Wörter in Großbuchstaben.

## 2. Anrede

- Wir siezen unsere Leserinnen und Leser immer.
- Die Du-Form verwenden wir nirgends.

## 3. Verbotene Begriffe und Aussagen

- "der Beste auf dem Markt" und jeder andere unbelegte Superlativ
- "garantiert" als Versprechen über ein Produkt
- "diebstahlsicher", denn jedes Schloss lässt sich mit genug Zeit knacken
- "unzerbrechlich"
- "billig"
- "revolutionär"

## 4. Bevorzugte Begriffe

- Schreiben Sie "Pedelec" statt "E-Bike".
- Schreiben Sie "Werkstatt" statt "Fahrradladen".
- Schreiben Sie "Kundinnen und Kunden" statt nur "Kunden".

## 5. Pflichthinweise

- Sobald ein Preis genannt wird, folgt der Hinweis "Preise inkl. MwSt., zzgl. Versand."
- Sobald ein Lux-Wert genannt wird, folgt der Hinweis "Lux-Werte gemessen in 10 m Abstand."
- Jeder Text über einen Akku oder ein Ladegerät trägt den Hinweis "Nur mit dem freigegebenen Spurwerk-Ladegerät laden."

## 6. Preise und Zahlen

- Preise immer mit zwei Nachkommastellen und dem Eurozeichen dahinter: 49,90 €.
- Tausender mit Punkt, Dezimalstellen mit Komma: 1.299,00 €.
`,
};
