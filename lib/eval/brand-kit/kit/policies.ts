import type { SeedDocument } from "@/lib/seed/content/types";
import { spurwerkUrl } from "./site";

// SYNTHETIC (see site.ts). Policy and service facts: shipping, returns and the workshop's
// turnaround times, which a service ad must state (briefs.ts, requiredFacts).
export const POLICIES_DE: SeedDocument = {
  title: "Service, Versand und Rückgabe",
  canonicalUrl: spurwerkUrl("/de/service"),
  language: "de",
  classification: "public",
  kind: "policy",
  markdown: `# Service, Versand und Rückgabe

## Versand

Wir versenden innerhalb Deutschlands mit DHL. Bestellungen ab 60,00 € sind versandkostenfrei, darunter kostet der Versand 4,90 €. Pedelec-Akkus versenden wir als Gefahrgut mit einer Lieferzeit von 3 bis 5 Werktagen.

## Rückgabe

Sie können jede Bestellung innerhalb von 30 Tagen ohne Angabe von Gründen zurückgeben. Akkus nehmen wir nur unbenutzt und in der Originalverpackung zurück.

## Werkstatt in Leipzig

Unsere Werkstatt in der Karl-Heine-Straße in Leipzig repariert Pedelecs aller Marken. Eine Pedelec-Inspektion ist innerhalb von 48 Stunden nach der Abgabe fertig. Der Akku-Check dauert 24 Stunden und Sie erhalten das Ergebnis schriftlich. Termine vergeben wir online oder telefonisch.
`,
};

export const POLICIES_EN: SeedDocument = {
  title: "Service, shipping and returns",
  canonicalUrl: spurwerkUrl("/en/service"),
  language: "en",
  classification: "public",
  kind: "policy",
  markdown: `# Service, shipping and returns

## Shipping

We ship within Germany with DHL. Orders from €60.00 ship free; below that, shipping costs €4.90. E-bike batteries travel as dangerous goods and arrive in 3 to 5 working days.

## Returns

You can return any order within 30 days without giving a reason. We take batteries back only unused and in their original packaging.

## Workshop in Leipzig

Our workshop on Karl-Heine-Strasse in Leipzig repairs e-bikes of every make. An e-bike inspection is ready within 48 hours of drop-off. The battery check takes 24 hours, and you get the result in writing. Book an appointment online or by phone.
`,
};

/** Prices the policy pages state besides the feed's (free-shipping threshold, shipping cost). */
export const POLICY_PRICES: readonly number[] = [60, 4.9];
