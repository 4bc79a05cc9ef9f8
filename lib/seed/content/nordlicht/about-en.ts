import type { SeedDocument } from "../types";

// SYNTHETIC demo content: the English "about" page. Same facts as about-de.ts, written for
// English readers rather than translated, plus the team-outfitting offer the LinkedIn briefs use.
export const ABOUT_EN: SeedDocument = {
  title: "About Nordlicht Outdoor",
  canonicalUrl: "https://nordlicht.example/en/about",
  language: "en",
  classification: "public",
  kind: "published_page",
  markdown: `# About Nordlicht Outdoor

Nordlicht Outdoor is an outdoor brand from Hamburg, Germany. We design weatherproof clothing and equipment for hiking, trekking and long days outside in the north, and anywhere the weather turns quickly.

## How it started

In August 2013, Svea Lindqvist and Jonas Brandt were hiking the Kungsleden trail in Swedish Lapland. After three days of rain, none of their jackets was dry. Back in Hamburg they sewed the first prototype of the Fjell hardshell jacket in a backyard workshop in Altona. They founded Nordlicht Outdoor in 2014, and the Fjell went on sale in 2015. Today more than 120,000 customers in Germany and Austria wear Nordlicht.

## What we make

Our range covers hardshell and wind jackets, trekking trousers, merino base layers, backpacks, sleeping bags and hiking boots. Our team tests every product in the field for at least 60 days before it goes on sale, mostly in the Lyngen Alps near Tromsø and around Abisko, where it can rain for days at 5 °C in summer.

## How we work

- Design and development in Hamburg-Altona, with a team of 38.
- Made by six partner factories in Portugal, Lithuania and Vietnam, each of which we visit every year.
- 78 % of our materials by weight are recycled, and every water-repellent finish has been PFAS-free since the 2021 collection.
- A 5-year warranty against defects in materials and workmanship. After that, our Hamburg workshop repairs at cost.

## Team outfitting

We outfit mountain guide associations, outdoor schools and field research teams. Team orders of 10 pieces or more get 10 % off and optional embroidery of your logo on the chest (from 6 € per piece). Write to teams@nordlicht.example with the products and sizes you need, and we reply with an offer within two working days.

## Contact

Our service team answers emails to service@nordlicht.example from Monday to Friday, 9:00 to 17:00 (CET), usually within one working day. Our showroom in Hamburg-Altona is open on Thursdays and Fridays from 12:00 to 19:00.
`,
};
