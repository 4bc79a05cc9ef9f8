import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { assets, brandSettings, campaigns } from "@/lib/db/schema";
import type { Campaign } from "@/lib/db/schema/campaigns";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { readBrandRules } from "@/lib/assets/schemas/brand-rules";
import { campaignUtmPart, loadCampaignUtmContext } from "./campaign-utm";
import { utmPart } from "./utm-convention";
import { bannedTermsIn } from "./utm-check";

/** The unique index a lost race on a campaign code runs into (drizzle/0016_campaigns.sql). */
export const CAMPAIGN_CODE_UNIQUE = "campaigns_workspace_code_unique";

/**
 * The campaign's code as a UTM value part under the workspace's convention ("Frühling 26" →
 * "fruehling_26"), refused when nothing is left or it holds one of the brand's banned terms in
 * a language the campaign runs in (all languages when it names none): the code is in every link
 * of the campaign, and the generator would strip the term from the values, which then no longer
 * follow the convention.
 */
export async function normalizeCampaignCode(db: Database, options: { workspaceId: string; code: string; languages: readonly string[] }): Promise<string> {
  const { convention } = await loadCampaignUtmContext(db, { workspaceId: options.workspaceId });
  const code = utmPart(options.code, convention);
  if (code === "") throw new AppError("invalid_input", { key: "campaigns.codeHasNoLetters", params: { code: options.code } });
  const [settings] = await db.select({ rules: brandSettings.rules }).from(brandSettings).where(eq(brandSettings.workspaceId, options.workspaceId));
  const bannedTerms = readBrandRules(settings?.rules).bannedTerms;
  const languages = (options.languages.length > 0 ? options.languages : ["de", "en"]).filter((language): language is "de" | "en" => language === "de" || language === "en");
  const found = [...new Set(languages.flatMap((language) => bannedTermsIn(code, bannedTerms, language)))];
  if (found.length > 0) {
    throw new AppError(
      "invalid_input",
      { key: "campaigns.codeHasBannedTerm", params: { code, terms: found.map((term) => `“${term}”`).join(", ") } },
    );
  }
  return code;
}

/** Refuses a code another campaign of the workspace has (archived ones too), naming it. */
export async function assertCampaignCodeFree(db: Database, options: { workspaceId: string; code: string; exceptId?: string }) {
  const [taken] = await db
    .select({ name: campaigns.name, archivedAt: campaigns.archivedAt })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.code, options.code), options.exceptId ? ne(campaigns.id, options.exceptId) : undefined))
    .limit(1);
  if (taken) {
    throw new AppError(
      "conflict",
      { key: "campaigns.codeUsedByCampaign", params: { code: options.code, name: taken.name, archived: taken.archivedAt ? "yes" : "no" } },
    );
  }
}

/**
 * Once a campaign has assets, its code and start stay as far as its UTM values show them: the
 * assets' links carry the campaign's part of `utm_campaign` (code, and season and year when the
 * template has them), reports are matched by it, and the assets' next edit would be checked
 * against the new value. A change the template does not show (a start in the same season) passes.
 */
export async function assertUtmPartKept(db: Database, options: { workspaceId: string; current: Campaign; next: { code: string; startsOn: string } }) {
  const { current, next } = options;
  if (current.code === next.code && current.startsOn === next.startsOn) return;
  const context = await loadCampaignUtmContext(db, { workspaceId: options.workspaceId });
  const before = campaignUtmPart(context, current);
  const after = campaignUtmPart(context, next);
  if (before === after) return;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.campaignId, current.id)));
  const count = Number(row?.count ?? 0);
  if (count === 0) return;
  const changed = current.code !== next.code ? (current.startsOn !== next.startsOn ? "codeAndStart" : "code") : "start";
  throw new AppError(
    "conflict",
    { key: "campaigns.codeChangeBreaksLinks", params: { count, before, after, changed } },
  );
}
