import type { SeedDocument } from "../types";

// SYNTHETIC demo content. The 30-day return promise is offered on top of the statutory 14-day
// withdrawal right, as German shops word it; ads and FAQ answers are grounded in these figures.
export const SHIPPING_RETURNS_DE: SeedDocument = {
  title: "Versand und Rückgabe",
  canonicalUrl: "https://nordlicht.example/versand-und-rueckgabe",
  language: "de",
  classification: "public",
  kind: "policy",
  markdown: `# Versand und Rückgabe

## Versandkosten

| Land | Versandkosten | Kostenloser Versand ab |
| --- | --- | --- |
| Deutschland | 4,95 € | 50 € Bestellwert |
| Österreich | 7,95 € | 100 € Bestellwert |
| Niederlande, Dänemark | 9,95 € | 150 € Bestellwert |

In die Schweiz und in andere Länder liefern wir derzeit nicht. Alle Preise im Shop sind Endpreise inklusive Mehrwertsteuer.

## Lieferzeit

Bestellungen, die montags bis freitags bis 14 Uhr eingehen, verschicken wir am selben Tag mit DHL aus unserem Lager in Hamburg. Die Lieferzeit beträgt in Deutschland 1 bis 3 Werktage, nach Österreich 2 bis 4 Werktage und in die Niederlande und nach Dänemark 3 bis 5 Werktage.

Expressversand gibt es innerhalb Deutschlands für 9,95 €: Bei Bestellung bis 14 Uhr kommt dein Paket am nächsten Werktag.

## Verpackung

Wir versenden in Kartons aus recycelter Pappe. Die Produkte stecken in Papiertüten statt in Plastikbeuteln; Klebeband und Füllmaterial sind ebenfalls aus Papier.

## 30 Tage Rückgabe

Zusätzlich zum gesetzlichen Widerrufsrecht von 14 Tagen kannst du jede Bestellung innerhalb von 30 Tagen ab Erhalt zurückgeben – ohne Angabe von Gründen. Die Ware muss ungetragen sein und die Etiketten müssen noch dran sein. Eine kurze Anprobe zu Hause ist natürlich in Ordnung.

- Deutschland: Die Rücksendung ist kostenlos. Das Retourenetikett erstellst du in deinem Kundenkonto oder mit deiner Bestellnummer im Retourenportal.
- Österreich: Wir ziehen 5,95 € für die Rücksendung von der Erstattung ab.
- Niederlande und Dänemark: Du schickst die Ware auf eigene Kosten zurück.

Sobald deine Rücksendung bei uns eingegangen ist, erstatten wir den Betrag innerhalb von 5 Werktagen auf das ursprüngliche Zahlungsmittel.

## Umtausch

Passt die Größe nicht, tauschen wir in Deutschland kostenlos um. Gib im Retourenportal die neue Größe an; wir schicken sie los, sobald deine Rücksendung bei uns eingescannt ist.

## Zahlungsarten

Du kannst mit PayPal, Kreditkarte (Visa, Mastercard), Apple Pay oder auf Rechnung über Klarna bezahlen. Bei Rechnungskauf hast du 14 Tage Zeit für die Zahlung.

## Reklamation und Garantie

Auf alle Produkte gibt es 5 Jahre Garantie auf Material- und Verarbeitungsfehler, zusätzlich zur gesetzlichen Gewährleistung. Schick uns für eine Reklamation ein Foto und deine Bestellnummer an service@nordlicht.example. Wir melden uns innerhalb eines Werktags.
`,
};
