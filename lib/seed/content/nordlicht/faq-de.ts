import type { SeedDocument } from "../types";

// SYNTHETIC demo content. Answers repeat facts from the other pages on purpose: FAQ pages are
// how real shops state policies, and retrieval should find each fact in more than one place.
export const FAQ_DE: SeedDocument = {
  title: "Häufige Fragen",
  canonicalUrl: "https://nordlicht.example/faq",
  language: "de",
  classification: "public",
  kind: "policy",
  markdown: `# Häufige Fragen

## Wie fallen eure Größen aus?

Unsere Jacken und Hosen fallen normal aus. Die Fjell hat eine reguläre Passform mit Platz für eine Fleece- oder leichte Daunenjacke darunter; liegst du zwischen zwei Größen, nimm die größere. Die Ull-Baselayer sitzen eng am Körper; hier nimm im Zweifel die kleinere Größe. Alle Maße findest du in unserer Größentabelle.

## Wie lange dauert der Versand?

Bestellungen bis 14 Uhr verschicken wir werktags am selben Tag. In Deutschland ist dein Paket in 1 bis 3 Werktagen da, mit Expressversand für 9,95 € am nächsten Werktag.

## Ab wann ist der Versand kostenlos?

In Deutschland ab 50 € Bestellwert, darunter kostet der Versand 4,95 €. Nach Österreich versenden wir ab 100 € kostenlos.

## Kann ich Produkte zurückgeben?

Ja, 30 Tage lang ab Erhalt der Ware, ungetragen und mit Etikett. Innerhalb Deutschlands ist die Rücksendung kostenlos, und den Betrag erstatten wir innerhalb von 5 Werktagen nach Eingang.

## Welche Garantie bekomme ich?

5 Jahre Garantie auf Material- und Verarbeitungsfehler bei allen Produkten, zusätzlich zur gesetzlichen Gewährleistung. Nach Ablauf der Garantie reparieren wir zum Selbstkostenpreis.

## Ist die Fjell wirklich wasserdicht?

Ja. Die 3-Lagen-Membran der Fjell hat eine Wassersäule von 20.000 mm, alle Nähte sind verklebt. Damit hält sie Dauerregen und Wind stand. Damit das so bleibt, solltest du sie regelmäßig waschen und die Imprägnierung mit Wärme reaktivieren – wie das geht, steht in unserer Pflegeanleitung.

## Sind eure Produkte PFAS-frei?

Ja. Seit der Kollektion 2021 verwenden wir ausschließlich PFAS-freie Imprägnierungen, bei allen Produkten.

## Wie warm ist der Natt -5 Daunenschlafsack?

Die Komforttemperatur liegt bei 0 °C, die Limittemperatur bei -5 °C, gemessen nach ISO 23537. Für Sommertouren in Skandinavien und Übergangszeiten in den Alpen ist er die richtige Wahl; für Winternächte unter -5 °C ist er zu leicht.

## Liefert ihr in die Schweiz?

Nein, derzeit liefern wir nur nach Deutschland, Österreich, in die Niederlande und nach Dänemark.

## Gibt es Rabatte für Teams und Vereine?

Ja. Ab 10 Stück pro Bestellung bekommen Teams, Vereine und Bergschulen 10 % Rabatt; auf Wunsch sticken wir euer Logo auf die Brust (ab 6 € pro Stück). Schreib uns an teams@nordlicht.example.

## Kann ich meine Ausrüstung reparieren lassen?

Ja. Unsere Werkstatt in Hamburg hat 2025 über 2.000 Produkte repariert. Schick uns ein Foto des Schadens an service@nordlicht.example, und wir sagen dir, was die Reparatur kostet.

## Habt ihr einen Laden?

Unseren Showroom in Hamburg-Altona kannst du donnerstags und freitags von 12 bis 19 Uhr besuchen.
`,
};
