import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { campaignOffers, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { writeGuardedByUnique } from "@/lib/db/unique-violation";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { changedFields } from "./audit-changes";
import { CAMPAIGN_LIMITS, type OfferInput } from "./campaign-input";
import { getCampaignRow } from "./campaign-row";

/** The unique index a lost race on an offer code runs into (drizzle/0016_campaigns.sql). */
const OFFER_CODE_UNIQUE = "campaign_offers_code_unique";

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
    throw new AppError("invalid_input", { key: "campaigns.offerWouldEndBefore", params: { code: offer.code, validUntil: offer.validUntil, campaignStartsOn: options.campaignStartsOn } });
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
    throw new AppError("invalid_input", { key: "campaigns.offerProductsMissing", params: { code: offer.code, count: missing.length, products: missing.join(", ") } });
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
  if (taken) throw new AppError("conflict", duplicateOfferMessage(options.code));
}

const duplicateOfferMessage = (code: string) => ({ key: "campaigns.offerCodeTaken", params: { code } }) satisfies ErrorMessage;

/** A write of an offer's code, with the usual conflict sentence when another request took the code meanwhile. */
function guardOfferCode<T>(db: Database, options: { workspaceId: string; campaignId: string; code: string; exceptId?: string; write: (tx: Database) => Promise<T> }): Promise<T> {
  return writeGuardedByUnique(db, {
    constraint: OFFER_CODE_UNIQUE,
    write: options.write,
    explain: () => assertCodeFree(db, options),
    fallback: () => new AppError("conflict", duplicateOfferMessage(options.code)),
  });
}

export async function addOffer(db: Database, options: OfferInput & { workspaceId: string; campaignId: string }): Promise<{ id: string; code: string }> {
  const { workspaceId, campaignId, ...offer } = options;
  const { startsOn } = await getCampaignRow(db, { workspaceId, campaignId });
  // The same limit as a new campaign's offers: the brief picker and the calendar list them all.
  const count = await db.$count(campaignOffers, and(eq(campaignOffers.workspaceId, workspaceId), eq(campaignOffers.campaignId, campaignId)));
  if (count >= CAMPAIGN_LIMITS.offers) throw new AppError("conflict", { key: "campaigns.campaignAlreadyHasOffers", params: { offers: CAMPAIGN_LIMITS.offers } });
  await assertCodeFree(db, { workspaceId, campaignId, code: offer.code });
  await validateOffer(db, { workspaceId, campaignStartsOn: startsOn, offer });
  const { id } = await guardOfferCode(db, { workspaceId, campaignId, code: offer.code, write: (tx) => insertOffer(tx, { workspaceId, campaignId, offer }) });
  return { id, code: offer.code };
}

async function assertOfferExists(db: Database, options: { workspaceId: string; campaignId: string; offerId: string }) {
  const [offer] = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, options.campaignId), eq(campaignOffers.id, options.offerId)));
  if (!offer) throw new AppError("not_found", { key: "campaigns.offerDoesNotExist" });
  return offer;
}

const AUDITED_OFFER_FIELDS = ["code", "value", "conditions", "eligibleProductIds", "eligibleCategories", "validUntil"] as const;

/** Replaces an offer's fields; `changes` holds each changed field's old and new value for the audit entry. */
export async function updateOffer(
  db: Database,
  options: OfferInput & { workspaceId: string; campaignId: string; offerId: string },
): Promise<{ id: string; code: string; changes: Record<string, { from: unknown; to: unknown }> }> {
  const { workspaceId, campaignId, offerId, ...offer } = options;
  const { startsOn } = await getCampaignRow(db, { workspaceId, campaignId });
  const current = await assertOfferExists(db, { workspaceId, campaignId, offerId });
  await assertCodeFree(db, { workspaceId, campaignId, code: offer.code, exceptId: offerId });
  await validateOffer(db, { workspaceId, campaignStartsOn: startsOn, offer });
  const values = offerValues(offer);
  await guardOfferCode(db, {
    workspaceId,
    campaignId,
    code: offer.code,
    exceptId: offerId,
    write: (tx) => tx.update(campaignOffers).set(values).where(and(eq(campaignOffers.workspaceId, workspaceId), eq(campaignOffers.id, offerId))),
  });
  return { id: offerId, code: offer.code, changes: changedFields(current, values, AUDITED_OFFER_FIELDS) };
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
