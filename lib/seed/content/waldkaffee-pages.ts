/*
 * SYNTHETIC demo content: the second demo workspace, "Waldkaffee Rösterei" (slug "waldkaffee"),
 * a fictional small coffee roaster. Three short documents, enough to show tenant isolation:
 * nothing about coffee may ever appear in a Nordlicht search or asset, and the reverse.
 */
import { WALDKAFFEE_SITE } from "./sites";
import type { SeedDocument } from "./types";

export const WALDKAFFEE_PAGES: readonly SeedDocument[] = [
  {
    title: "Über Waldkaffee",
    canonicalUrl: `${WALDKAFFEE_SITE.url}/ueber-uns`,
    language: "de",
    classification: "public",
    kind: "published_page",
    markdown: `# Über Waldkaffee

Waldkaffee ist eine kleine Kaffeerösterei am Rand des Schwarzwalds in Freiburg im Breisgau. Lena Hofer hat sie 2019 in einer ehemaligen Schreinerei gegründet; heute rösten wir zu viert.

Wir rösten dienstags und donnerstags auf einem 15-kg-Trommelröster, langsam und hell genug, dass man die Herkunft schmeckt. Jede Röstung dauert zwischen 12 und 16 Minuten. Verschickt wird spätestens zwei Tage nach der Röstung, damit der Kaffee frisch bei dir ankommt.

Unsere Rohkaffees kaufen wir direkt oder über kleine Importeure bei Kooperativen in Äthiopien, Kolumbien und Brasilien. Wir zahlen mindestens 4,50 US-Dollar pro Pfund Rohkaffee, deutlich über dem Börsenpreis, und veröffentlichen die Preise jedes Jahr.

Samstags von 9 bis 14 Uhr ist unsere Rösterei geöffnet: Du kannst Kaffee probieren, Bohnen kaufen und beim Rösten zuschauen.
`,
  },
  {
    title: "Unsere Kaffees",
    canonicalUrl: `${WALDKAFFEE_SITE.url}/kaffees`,
    language: "de",
    classification: "public",
    kind: "product",
    markdown: `# Unsere Kaffees

## Espresso Tannenzapfen

Unser Haus-Espresso aus 70 % Brasilien (Cerrado Mineiro) und 30 % Äthiopien (Sidamo). Schokoladig, nussig, mit wenig Säure; gut mit Milch. Mittlere Röstung. 250 g für 9,90 €, 1 kg für 34,90 €.

## Filterkaffee Lichtung

Ein Single Origin aus Yirgacheffe in Äthiopien, gewaschen aufbereitet. Helle Röstung mit Noten von Jasmin, Zitrone und schwarzem Tee. Für Handfilter, French Press und Filtermaschine. 250 g für 11,50 €.

## Entkoffeiniert Mondschein

Kolumbianischer Kaffee aus Huila, schonend mit Wasser und Kohlensäure entkoffeiniert, ohne chemische Lösungsmittel. Karamell und rote Äpfel. 250 g für 10,50 €.

Alle Kaffees bekommst du als ganze Bohne oder gemahlen für Espresso, Filter oder French Press.
`,
  },
  {
    title: "Versand und Kaffee-Abo",
    canonicalUrl: `${WALDKAFFEE_SITE.url}/versand-und-abo`,
    language: "de",
    classification: "public",
    kind: "policy",
    markdown: `# Versand und Kaffee-Abo

## Versand

Wir versenden innerhalb Deutschlands mit DHL. Der Versand kostet 3,90 € und ist ab 35 € Bestellwert kostenlos. Bestellungen bis Mittwoch 12 Uhr rösten wir am Donnerstag und verschicken sie am Freitag.

## Kaffee-Abo

Im Abo bekommst du deinen Lieblingskaffee alle zwei oder alle vier Wochen, frisch geröstet. Abo-Kaffee kostet 10 % weniger als im Einzelkauf, der Versand ist immer kostenlos. Du kannst jederzeit pausieren, die Sorte wechseln oder zum Ende des laufenden Lieferintervalls kündigen, ganz ohne Mindestlaufzeit.

## Verpackung

Unsere Tüten sind aus Papier mit einer dünnen Innenschicht und einem Aromaventil. Sie gehören in den Restmüll; wir arbeiten an einer Tüte, die in die Papiertonne darf.
`,
  },
];
