import type { SeedDocument } from "@/lib/seed/content/types";
import { CAMPAIGN_NOTES_DE, CAMPAIGN_NOTES_EN } from "./campaign-notes";
import { GUIDE_DE } from "./guide-de";
import { GUIDE_EN } from "./guide-en";
import { INTERNAL_NOTE } from "./internal-note";
import { POLICIES_DE, POLICIES_EN } from "./policies";
import { BATTERY_WINTER_DE, COMMUTING_LIGHTS_EN, WORKSHOP_DE } from "./published-pages";

/** Every document of the kit, uploaded with its role (kind) and classification. */
export const KIT_DOCUMENTS: readonly SeedDocument[] = [
  GUIDE_EN,
  GUIDE_DE,
  POLICIES_DE,
  POLICIES_EN,
  CAMPAIGN_NOTES_DE,
  CAMPAIGN_NOTES_EN,
  INTERNAL_NOTE,
  BATTERY_WINTER_DE,
  COMMUTING_LIGHTS_EN,
  WORKSHOP_DE,
];

/** The file name an upload of the document carries (the seed uploads each as Markdown). */
export function kitFileName(document: Pick<SeedDocument, "title">): string {
  return `${document.title}.md`;
}
