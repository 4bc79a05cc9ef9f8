import type { SeedDocument } from "../types";

// SYNTHETIC demo content. An internal (not confidential) brief: generation may draw on internal
// sources, so it holds nothing that must stay secret, only messages, channels and the UTM scheme.
export const SPRING_CAMPAIGN_EN: SeedDocument = {
  title: "Spring 2026 campaign brief: Out in any weather",
  canonicalUrl: null,
  language: "en",
  classification: "internal",
  kind: "campaign",
  markdown: `# Spring 2026 campaign brief: "Out in any weather"

Internal: for the marketing team and our agencies.

## Summary

The spring campaign runs from 2 March to 12 April 2026 in Germany and Austria. It introduces Nordlicht to hikers who get wet on spring tours and shows that the right jacket and pack make a rainy day a good day outside.

## Goals

- New customers: 1,800 first orders during the campaign.
- Focus products: the Fjell hardshell jackets (women and men) and the Rygg 30 hiking backpack.
- Secondary: the Natt -5 down sleeping bag for people planning summer tours in Scandinavia.

## Key messages

1. Fjell hardshell: 3-layer membrane with a 20,000 mm water column, 420 g in men's size M, face fabric made from 100 % recycled polyamide.
2. Rygg 30: 30 litres, 1,150 g, rain cover included, back length adjustable from 42 to 52 cm.
3. Buying is easy: free shipping in Germany from 50 €, 30-day returns, free within Germany.
4. Built to last: 5-year warranty, and a workshop in Hamburg that repairs what tears.

There is no discount in this campaign. Do not mention sales, deadlines or limited stock.

## Audiences

- Hikers aged 25 to 55 in Germany and Austria who hike at least once a month, also in bad weather.
- Trekking beginners planning their first hut-to-hut tour in the Alps or a trail in Scandinavia.
- Teams: mountain guide associations and outdoor schools (English LinkedIn ads, team orders from 10 pieces).

## Channels

- Google Search: generic keywords such as "regenjacke wandern", "hardshell jacke damen" and "wanderrucksack 30l", plus brand keywords.
- Meta (Facebook and Instagram feeds and stories): German only. Every ad carries "Preise inkl. MwSt.".
- LinkedIn: English, team outfitting only.

## Tracking

All links use UTM parameters in lowercase with underscores:

- utm_source: google, meta or linkedin
- utm_medium: cpc for Google, paid_social for Meta and LinkedIn
- utm_campaign: spring_2026_any_weather
- utm_content: the ad variant, for example fjell_women_a

## Landing pages

Product pages for product ads; the shipping and returns page for service messages; the English about page for team outfitting.
`,
};
