import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { assets, campaignOffers, campaigns, personas, users } from "@/lib/db/schema";
import type { Campaign, CampaignOffer, Persona } from "@/lib/db/schema/campaigns";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { getMembership } from "@/lib/workspaces/queries";
import type { AssetState } from "@/lib/review/workflow";
import type { CampaignInput, CreateCampaignInput } from "./campaign-input";
import { writeGuardedByUnique } from "@/lib/db/unique-violation";
import { changedFields } from "./audit-changes";
import { LANGUAGE_NAMES } from "./campaign-brief";
import { getCampaignRow } from "./campaign-row";
import { assertCampaignCodeFree, assertUtmPartKept, CAMPAIGN_CODE_UNIQUE, normalizeCampaignCode } from "./campaign-code";
import { loadCampaignLanguages } from "./campaign-form-options";
import { insertOffer, validateOffer } from "./offers";

/** Where the list stops; a workspace plans far fewer campaigns than this in a page's lifetime. */
export const MAX_LISTED_CAMPAIGNS = 500;

/** Everything a campaign refers to must belong to this workspace, and its languages must be ones the brand publishes in. */
async function assertReferences(db: Database, options: { workspaceId: string; input: CampaignInput; current?: Campaign }) {
  const { workspaceId, input, current } = options;
  if (input.personaId) {
    const [persona] = await db.select({ archivedAt: personas.archivedAt }).from(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, input.personaId)));
    if (!persona) throw new AppError("invalid_input", { key: "campaigns.chosenPersonaDoesNot" });
    // A campaign keeps the persona it was planned with even after that persona is archived.
    if (persona.archivedAt && current?.personaId !== input.personaId) throw new AppError("invalid_input", { key: "campaigns.chosenPersonaArchivedRestore" });
  }
  if (input.ownerId && !(await getMembership(db, { workspaceId, userId: input.ownerId }))) {
    throw new AppError("invalid_input", { key: "campaigns.ownerMustMemberWorkspace" });
  }
  if (input.languages.length > 0) {
    const allowed: string[] = await loadCampaignLanguages(db, { workspaceId });
    const outside = input.languages.filter((language) => !allowed.includes(language));
    if (outside.length > 0) {
      throw new AppError(
        "invalid_input",
        { key: "campaigns.languagesOutsideWorkspace", params: { allowed: allowed.map((l) => LANGUAGE_NAMES[l] ?? l).join(" and "), outside: outside.map((l) => LANGUAGE_NAMES[l] ?? l).join(" or ") } },
      );
    }
  }
}

function campaignValues(input: CampaignInput, code: string) {
  return {
    name: input.name,
    code,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    goal: input.goal,
    personaId: input.personaId,
    landingPages: input.landingPages,
    channels: input.channels,
    languages: input.languages,
    budgetMinor: input.budgetMinor,
    currency: input.currency,
    ownerId: input.ownerId,
  };
}

/** A new campaign and the offers it was planned with, in the caller's transaction. */
export async function createCampaign(db: Database, options: CreateCampaignInput & { workspaceId: string; userId: string }): Promise<{ id: string; code: string; offerIds: string[] }> {
  const { workspaceId, userId, offers, ...input } = options;
  const code = await normalizeCampaignCode(db, { workspaceId, code: input.code, languages: input.languages });
  await assertCampaignCodeFree(db, { workspaceId, code });
  await assertReferences(db, { workspaceId, input });
  const seenCodes = new Set<string>();
  for (const offer of offers) {
    if (seenCodes.has(offer.code)) throw new AppError("invalid_input", { key: "campaigns.offerCodeListedTwice", params: { code: offer.code } });
    seenCodes.add(offer.code);
    await validateOffer(db, { workspaceId, campaignStartsOn: input.startsOn, offer });
  }
  const id = createId("campaign");
  await writeGuardedByUnique(db, {
    constraint: CAMPAIGN_CODE_UNIQUE,
    write: (tx) => tx.insert(campaigns).values({ id, workspaceId, ...campaignValues(input, code), createdBy: userId }),
    explain: () => assertCampaignCodeFree(db, { workspaceId, code }),
    fallback: () => new AppError("conflict", { key: "campaigns.codeAlreadyUsedBy", params: { code } }),
  });
  const offerIds: string[] = [];
  for (const offer of offers) offerIds.push((await insertOffer(db, { workspaceId, campaignId: id, offer })).id);
  return { id, code, offerIds };
}

/** The fields an update may change, as the audit entry lists them. */
const AUDITED_FIELDS = ["name", "code", "startsOn", "endsOn", "goal", "personaId", "landingPages", "channels", "languages", "budgetMinor", "currency", "ownerId"] as const;

/**
 * Replaces the campaign's fields (offers have their own actions). Moving the start past an
 * offer's end is refused, and so is a code or start change that would change the UTM values of
 * assets already written (assertUtmPartKept). `changes` holds each changed field's old and new value.
 */
export async function updateCampaign(
  db: Database,
  options: CampaignInput & { workspaceId: string; campaignId: string },
): Promise<{ id: string; code: string; codeChanged: boolean; changes: Record<string, { from: unknown; to: unknown }> }> {
  const { workspaceId, campaignId, ...input } = options;
  const current = await getCampaignRow(db, { workspaceId, campaignId });
  const code = await normalizeCampaignCode(db, { workspaceId, code: input.code, languages: input.languages });
  await assertCampaignCodeFree(db, { workspaceId, code, exceptId: campaignId });
  await assertUtmPartKept(db, { workspaceId, current, next: { code, startsOn: input.startsOn } });
  await assertReferences(db, { workspaceId, input, current });
  const [early] = await db
    .select({ code: campaignOffers.code, validUntil: campaignOffers.validUntil })
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, workspaceId), eq(campaignOffers.campaignId, campaignId), lt(campaignOffers.validUntil, input.startsOn)))
    .orderBy(asc(campaignOffers.validUntil))
    .limit(1);
  if (early) {
    throw new AppError("invalid_input", { key: "campaigns.offerEndsBeforeNew", params: { code: early.code, validUntil: early.validUntil, startsOn: input.startsOn } });
  }
  const values = campaignValues(input, code);
  await writeGuardedByUnique(db, {
    constraint: CAMPAIGN_CODE_UNIQUE,
    write: (tx) => tx.update(campaigns).set({ ...values, updatedAt: new Date() }).where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, campaignId))),
    explain: () => assertCampaignCodeFree(db, { workspaceId, code, exceptId: campaignId }),
    fallback: () => new AppError("conflict", { key: "campaigns.codeAlreadyUsedBy", params: { code } }),
  });
  return { id: campaignId, code, codeChanged: code !== current.code, changes: changedFields(current, values, AUDITED_FIELDS) };
}

/** Archived campaigns leave the list and the Generate form's picker; their assets, briefs and KPIs stay, and restoring brings them back. */
export async function setCampaignArchived(db: Database, options: { workspaceId: string; campaignId: string; archived: boolean }): Promise<{ id: string; archived: boolean }> {
  const campaign = await getCampaignRow(db, options);
  if (Boolean(campaign.archivedAt) === options.archived) {
    throw new AppError("conflict", { key: options.archived ? "campaigns.campaignAlreadyArchived" : "campaigns.campaignNotArchived" });
  }
  await db
    .update(campaigns)
    .set({ archivedAt: options.archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId)));
  return { id: options.campaignId, archived: options.archived };
}

export type CampaignListRow = Pick<Campaign, "id" | "name" | "code" | "startsOn" | "endsOn" | "channels" | "archivedAt"> & {
  assetCount: number;
  assetsByState: Partial<Record<AssetState, number>>;
};

/** Newest start first; archived campaigns only when asked for. Asset counts come from assets.campaign_id. */
export async function listCampaigns(db: Database, options: { workspaceId: string; archived?: boolean }): Promise<CampaignListRow[]> {
  const rows = await db
    .select({ id: campaigns.id, name: campaigns.name, code: campaigns.code, startsOn: campaigns.startsOn, endsOn: campaigns.endsOn, channels: campaigns.channels, archivedAt: campaigns.archivedAt })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), options.archived ? isNotNull(campaigns.archivedAt) : isNull(campaigns.archivedAt)))
    .orderBy(desc(campaigns.startsOn), asc(campaigns.name))
    .limit(MAX_LISTED_CAMPAIGNS);
  if (rows.length === 0) return [];
  const counts = await db
    .select({ campaignId: assets.campaignId, state: assets.state, count: sql<number>`count(*)::int` })
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), inArray(assets.campaignId, rows.map((row) => row.id))))
    .groupBy(assets.campaignId, assets.state);
  return rows.map((row) => {
    const own = counts.filter((count) => count.campaignId === row.id);
    return {
      ...row,
      assetCount: own.reduce((sum, count) => sum + Number(count.count), 0),
      assetsByState: Object.fromEntries(own.map((count) => [count.state, Number(count.count)])),
    };
  });
}

export type CampaignDetail = Campaign & {
  persona: Persona | null;
  owner: { id: string; name: string; email: string } | null;
  offers: CampaignOffer[];
};

/** A campaign with its persona, owner and offers (offers by end date), scoped to the workspace. */
export async function getCampaign(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignDetail> {
  const campaign = await getCampaignRow(db, options);
  const [persona] = campaign.personaId
    ? await db.select().from(personas).where(and(eq(personas.workspaceId, options.workspaceId), eq(personas.id, campaign.personaId)))
    : [];
  // The owner is shown only while they are a member: a removed member's name does not stay on the page.
  const owner = campaign.ownerId && (await getMembership(db, { workspaceId: options.workspaceId, userId: campaign.ownerId }))
    ? ((await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, campaign.ownerId)))[0] ?? null)
    : null;
  const offers = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, options.campaignId)))
    .orderBy(asc(campaignOffers.validUntil), asc(campaignOffers.code));
  return { ...campaign, persona: persona ?? null, owner, offers };
}
