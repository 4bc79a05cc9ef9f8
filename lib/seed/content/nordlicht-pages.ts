/*
 * SYNTHETIC demo content: the knowledge documents of the "Nordlicht Outdoor" demo workspace
 * (slug "nordlicht"), a fictional outdoor apparel brand selling in Germany and Austria. What a
 * fresh install shows on the Knowledge page and what the demo and end-to-end tests generate
 * assets from. Each document lives in its own file under nordlicht/.
 */
import { ABOUT_DE } from "./nordlicht/about-de";
import { ABOUT_EN } from "./nordlicht/about-en";
import { BRAND_VOICE } from "./nordlicht/brand-voice";
import { CARE_GUIDE_DE } from "./nordlicht/care-guide-de";
import { FAQ_DE } from "./nordlicht/faq-de";
import { LAUNCH_PLAN_CONFIDENTIAL } from "./nordlicht/launch-plan-confidential";
import { SHIPPING_RETURNS_DE } from "./nordlicht/shipping-returns-de";
import { SIZE_GUIDE_EN } from "./nordlicht/size-guide-en";
import { SPRING_CAMPAIGN_EN } from "./nordlicht/spring-campaign-en";
import { SUSTAINABILITY_EN } from "./nordlicht/sustainability-en";
import type { SeedDocument } from "./types";

/** Five German and five English documents: seven public, two internal, one confidential. */
export const NORDLICHT_PAGES: readonly SeedDocument[] = [
  BRAND_VOICE,
  ABOUT_DE,
  ABOUT_EN,
  CARE_GUIDE_DE,
  SHIPPING_RETURNS_DE,
  SUSTAINABILITY_EN,
  SIZE_GUIDE_EN,
  FAQ_DE,
  SPRING_CAMPAIGN_EN,
  LAUNCH_PLAN_CONFIDENTIAL,
];

/**
 * Strings that occur only in the confidential launch plan. A generated asset, a public page or
 * an answer shown to a non-confidential role that contains one of them is a leak; end-to-end
 * tests can search for them.
 */
export const NORDLICHT_CONFIDENTIAL_MARKERS: readonly string[] = ["Polarnacht", "Fjell Pro", "96,40", "Rohertragsmarge", "142.000"];
