"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { CampaignFieldsSchema, CreateCampaignFieldsSchema, OfferInputSchema, PersonaInputSchema, refineCampaignDates } from "@/lib/campaigns/campaign-input";
import { createCampaign, setCampaignArchived, updateCampaign } from "@/lib/campaigns/campaigns";
import { addOffer, removeOffer, updateOffer } from "@/lib/campaigns/offers";
import { createPersona, setPersonaArchived, updatePersona } from "@/lib/campaigns/personas";

const id = z.string().min(1).max(64);
const campaignScoped = workspaceScopedInput.extend({ campaignId: id });
const personaScoped = workspaceScopedInput.extend({ personaId: id });

export const createCampaignAction = defineAction({
  name: "campaigns.create",
  permission: "campaign:manage",
  mutates: true,
  input: workspaceScopedInput.extend(CreateCampaignFieldsSchema.shape).superRefine(refineCampaignDates),
  async handler({ input, ctx }) {
    const result = await createCampaign(ctx.db, { ...input, userId: ctx.actor.id });
    ctx.audit.target("campaign", result.id);
    ctx.audit.detail({ campaignName: input.name, code: result.code, startsOn: input.startsOn, endsOn: input.endsOn, channels: input.channels, offers: input.offers.map((offer) => offer.code) });
    return result;
  },
});

export const updateCampaignAction = defineAction({
  name: "campaigns.update",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped.extend(CampaignFieldsSchema.shape).superRefine(refineCampaignDates),
  async handler({ input, ctx }) {
    ctx.audit.target("campaign", input.campaignId);
    const result = await updateCampaign(ctx.db, input);
    ctx.audit.detail({ campaignName: input.name, code: result.code, codeChanged: result.codeChanged, changes: result.changes });
    return result;
  },
});

export const archiveCampaignAction = defineAction({
  name: "campaigns.archive",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped,
  async handler({ input, ctx }) {
    ctx.audit.target("campaign", input.campaignId);
    return setCampaignArchived(ctx.db, { ...input, archived: true });
  },
});

export const restoreCampaignAction = defineAction({
  name: "campaigns.restore",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped,
  async handler({ input, ctx }) {
    ctx.audit.target("campaign", input.campaignId);
    return setCampaignArchived(ctx.db, { ...input, archived: false });
  },
});

export const addOfferAction = defineAction({
  name: "campaigns.add_offer",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped.extend(OfferInputSchema.shape),
  async handler({ input, ctx }) {
    const result = await addOffer(ctx.db, input);
    ctx.audit.target("campaign_offer", result.id);
    ctx.audit.detail({ campaignId: input.campaignId, code: result.code, value: input.value, validUntil: input.validUntil, products: input.eligibleProductIds.length, categories: input.eligibleCategories });
    return result;
  },
});

export const updateOfferAction = defineAction({
  name: "campaigns.update_offer",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped.extend({ offerId: id, ...OfferInputSchema.shape }),
  async handler({ input, ctx }) {
    ctx.audit.target("campaign_offer", input.offerId);
    const result = await updateOffer(ctx.db, input);
    ctx.audit.detail({ campaignId: input.campaignId, code: result.code, changes: result.changes });
    return result;
  },
});

export const removeOfferAction = defineAction({
  name: "campaigns.remove_offer",
  permission: "campaign:manage",
  mutates: true,
  input: campaignScoped.extend({ offerId: id }),
  async handler({ input, ctx }) {
    ctx.audit.target("campaign_offer", input.offerId);
    const result = await removeOffer(ctx.db, input);
    ctx.audit.detail({ campaignId: input.campaignId, code: result.code });
    return result;
  },
});

export const createPersonaAction = defineAction({
  name: "personas.create",
  permission: "campaign:manage",
  mutates: true,
  input: workspaceScopedInput.extend(PersonaInputSchema.shape),
  async handler({ input, ctx }) {
    const result = await createPersona(ctx.db, { ...input, userId: ctx.actor.id });
    ctx.audit.target("persona", result.id);
    ctx.audit.detail({ personaName: input.name, language: input.language });
    return result;
  },
});

export const updatePersonaAction = defineAction({
  name: "personas.update",
  permission: "campaign:manage",
  mutates: true,
  input: personaScoped.extend(PersonaInputSchema.shape),
  async handler({ input, ctx }) {
    ctx.audit.target("persona", input.personaId);
    const result = await updatePersona(ctx.db, input);
    ctx.audit.detail({ personaName: input.name, changes: result.changes });
    return result;
  },
});

export const archivePersonaAction = defineAction({
  name: "personas.archive",
  permission: "campaign:manage",
  mutates: true,
  input: personaScoped,
  async handler({ input, ctx }) {
    ctx.audit.target("persona", input.personaId);
    return setPersonaArchived(ctx.db, { ...input, archived: true });
  },
});

export const restorePersonaAction = defineAction({
  name: "personas.restore",
  permission: "campaign:manage",
  mutates: true,
  input: personaScoped,
  async handler({ input, ctx }) {
    ctx.audit.target("persona", input.personaId);
    return setPersonaArchived(ctx.db, { ...input, archived: false });
  },
});
