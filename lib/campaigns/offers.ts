import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { campaignOffers, campaigns, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { OfferInput } from "./campaign-input";

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The rules an offer must meet beyond its own fields: it is valid until its campaign's start or
 * later, and the products it names are products of this workspace's feed (a document uploaded
 * with the product role is not one). Categories are free text; no products and no categories
 * means every product.
 */
export async function validateOffer(db: Database, options: { workspaceId: string; campaignStartsOn: string; offer: OfferInput }) {
  const { offer } = options;
  if (offer.validUntil < options.campaignStartsOn) {
    throw new AppError("invalid_input", `The offer ${offer.code} would end on ${offer.validUntil}, before the campaign starts on ${options.campaignStartsOn}.`);
  }
  const ids = unique(offer.eligibleProductIds);
  if (ids.length === 0) return;
  const found = await db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, options.workspaceId),
        inArray(knowledgeSources.id, ids),
        eq(knowledgeSources.kind, "product"),
        eq(knowledgeSources.origin, "product_feed"),
        isNull(knowledgeSources.retiredAt),
      ),
    );
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError("invalid_input", `The offer ${offer.code} names ${missing.length === 1 ? "a product that is" : "products that are"} not in this workspace's product feed: ${missing.join(", ")}.`);
  }
}

function offerValues(offer: OfferInput) {
  return {
    code: offer.code,
    value: offer.value,
    conditions: offer.conditions,
    eligibleProductIds: unique(offer.eligibleProductIds),
    eligibleCategories: unique(offer.eligibleCategories),
    validUntil: offer.validUntil,
  };
}

/** Inserts a validated offer (createCampaign and addOffer validate first). */
export async function insertOffer(db: Database, options: { workspaceId: string; campaignId: string; offer: OfferInput }): Promise<{ id: string }> {
  const id = createId("campaignOffer");
  await db.insert(campaignOffers).values({ id, workspaceId: options.workspaceId, campaignId: options.campaignId, ...offerValues(options.offer) });
  return { id };
}

async function campaignStart(db: Database, options: { workspaceId: string; campaignId: string }): Promise<string> {
  const [campaign] = await db
    .select({ startsOn: campaigns.startsOn })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId)));
  if (!campaign) throw new AppError("not_found", "That campaign does not exist in this workspace.");
  return campaign.startsOn;
}

async function assertCodeFree(db: Database, options: { workspaceId: string; campaignId: string; code: string; exceptId?: string }) {
  const [taken] = await db
    .select({ id: campaignOffers.id })
    .from(campaignOffers)
    .where(
      and(
        eq(campaignOffers.workspaceId, options.workspaceId),
        eq(campaignOffers.campaignId, options.campaignId),
        eq(campaignOffers.code, options.code),
        options.exceptId ? ne(campaignOffers.id, options.exceptId) : undefined,
      ),
    );
  if (taken) throw new AppError("conflict", `This campaign already has an offer with the code ${options.code}; each offer of a campaign needs its own code.`);
}

export async function addOffer(db: Database, options: OfferInput & { workspaceId: string; campaignId: string }): Promise<{ id: string; code: string }> {
  const { workspaceId, campaignId, ...offer } = options;
  const startsOn = await campaignStart(db, { workspaceId, campaignId });
  await assertCodeFree(db, { workspaceId, campaignId, code: offer.code });
  await validateOffer(db, { workspaceId, campaignStartsOn: startsOn, offer });
  const { id } = await insertOffer(db, { workspaceId, campaignId, offer });
  return { id, code: offer.code };
}

async function assertOfferExists(db: Database, options: { workspaceId: string; campaignId: string; offerId: string }) {
  const [offer] = await db
    .select({ id: campaignOffers.id, code: campaignOffers.code })
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, options.campaignId), eq(campaignOffers.id, options.offerId)));
  if (!offer) throw new AppError("not_found", "That offer does not exist in this campaign.");
  return offer;
}

export async function updateOffer(db: Database, options: OfferInput & { workspaceId: string; campaignId: string; offerId: string }): Promise<{ id: string; code: string }> {
  const { workspaceId, campaignId, offerId, ...offer } = options;
  const startsOn = await campaignStart(db, { workspaceId, campaignId });
  await assertOfferExists(db, { workspaceId, campaignId, offerId });
  await assertCodeFree(db, { workspaceId, campaignId, code: offer.code, exceptId: offerId });
  await validateOffer(db, { workspaceId, campaignStartsOn: startsOn, offer });
  await db
    .update(campaignOffers)
    .set(offerValues(offer))
    .where(and(eq(campaignOffers.workspaceId, workspaceId), eq(campaignOffers.id, offerId)));
  return { id: offerId, code: offer.code };
}

/**
 * Removes an offer for good. Assets already written with its code keep their text (their versions
 * are immutable); new briefs in the campaign can no longer cite it.
 */
export async function removeOffer(db: Database, options: { workspaceId: string; campaignId: string; offerId: string }): Promise<{ id: string; code: string }> {
  const offer = await assertOfferExists(db, options);
  await db.delete(campaignOffers).where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.id, options.offerId)));
  return { id: offer.id, code: offer.code };
}
