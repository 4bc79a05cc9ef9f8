import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { assets, brandSettings, campaignOffers, campaigns } from "@/lib/db/schema";
import { insertTestAsset } from "@/lib/testing/kpi/fixtures";
import { BUILT_IN_UTM_CONVENTION } from "./utm-convention";
import { listAuditEntries } from "@/lib/audit/list";
import { createTestWorkspace, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { addTextSource } from "@/lib/testing/knowledge-fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import {
  addOfferAction,
  archiveCampaignAction,
  archivePersonaAction,
  createCampaignAction,
  createPersonaAction,
  removeOfferAction,
  restoreCampaignAction,
  updateCampaignAction,
  updateOfferAction,
  updatePersonaAction,
} from "@/app/(app)/[workspace]/campaigns/actions";
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from "./campaigns";
import { addOffer } from "./offers";
import { createPersona, listPersonas } from "./personas";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let products: Awaited<ReturnType<typeof setUpBrand>>;
let workspaceId: string;

const BASE = {
  name: "Spring commute",
  code: "Frühling 55+10",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  goal: "Sign-ups for the commuter newsletter",
  landingPages: [{ url: "https://nordlicht.example/pendeln", label: "Commuter page" }],
  channels: ["google-rsa", "meta-ad"] as ("google-rsa" | "meta-ad")[],
  languages: ["en"] as "en"[],
  budgetMinor: 150_000,
  currency: "EUR",
};

async function auditOf(action: string) {
  const { entries } = await listAuditEntries(await getDb(), { workspaceId, filters: { action }, limit: 20 });
  return entries;
}

beforeAll(async () => {
  fixture = await createWorkspaceWithEveryRole();
  workspaceId = fixture.workspace.id;
  products = await setUpBrand(workspaceId);
});

describe("campaigns through their actions", () => {
  it("a marketer creates a campaign with a persona and an offer; update, archive and restore are audited", async () => {
    signInAs(fixture.members.marketer.id);
    const persona = await createPersonaAction({ workspaceId, name: "Year-round commuters", description: "Cycle to work in all weather", pains: ["Wet trousers", "Dark evenings"], vocabulary: ["Pendeln", "Regenhose"], language: "en" });
    expect(persona.data?.id).toMatch(/^prs_/);
    const created = await createCampaignAction({
      workspaceId,
      ...BASE,
      personaId: persona.data!.id,
      ownerId: fixture.members.manager.id,
      offers: [{ code: "spring 15", value: "15 %", conditions: "From 50 € order value", eligibleProductIds: [products.fjellId], eligibleCategories: [], validUntil: "2027-03-20" }],
    });
    expect(created.serverError).toBeUndefined();
    expect(created.validationErrors).toBeUndefined();
    const campaignId = created.data!.id;
    // The code is a UTM value part under the (built-in) convention; the offer code upper case without spaces.
    expect(created.data!.code).toBe("fruehling_55_10");

    const detail = await getCampaign(await getDb(), { workspaceId, campaignId });
    expect(detail).toMatchObject({ name: "Spring commute", personaId: persona.data!.id, budgetMinor: 150_000, currency: "EUR", channels: ["google-rsa", "meta-ad"], createdBy: fixture.members.marketer.id });
    expect(detail.persona?.name).toBe("Year-round commuters");
    expect(detail.owner?.id).toBe(fixture.members.manager.id);
    expect(detail.offers.map((offer) => ({ code: offer.code, products: offer.eligibleProductIds }))).toEqual([{ code: "SPRING15", products: [products.fjellId] }]);

    const [createEntry] = await auditOf("campaigns.create");
    expect(createEntry).toMatchObject({ outcome: "success", targetType: "campaign", targetId: campaignId, actorUserId: fixture.members.marketer.id });
    expect(createEntry!.detail).toMatchObject({ campaignName: "Spring commute", code: "fruehling_55_10", offers: ["SPRING15"] });
    expect((await auditOf("personas.create"))[0]).toMatchObject({ outcome: "success", targetType: "persona", targetId: persona.data!.id });

    signInAs(fixture.members.manager.id);
    const updated = await updateCampaignAction({ workspaceId, campaignId, ...BASE, name: "Spring commute 2027", endsOn: "2027-04-15", personaId: persona.data!.id, ownerId: null });
    expect(updated.data).toMatchObject({ id: campaignId, code: "fruehling_55_10", codeChanged: false });
    expect((await getCampaign(await getDb(), { workspaceId, campaignId })).name).toBe("Spring commute 2027");
    // The audit entry keeps what each changed field was before, and only the changed ones.
    const [updateEntry] = await auditOf("campaigns.update");
    expect(updateEntry).toMatchObject({ outcome: "success", targetId: campaignId, actorUserId: fixture.members.manager.id });
    expect(updateEntry!.detail).toMatchObject({
      changes: { name: { from: "Spring commute", to: "Spring commute 2027" }, endsOn: { from: "2027-03-31", to: "2027-04-15" }, ownerId: { from: fixture.members.manager.id, to: null } },
    });
    expect(Object.keys((updateEntry!.detail as { changes: object }).changes).sort()).toEqual(["endsOn", "name", "ownerId"]);

    expect((await archiveCampaignAction({ workspaceId, campaignId })).data).toEqual({ id: campaignId, archived: true });
    expect((await listCampaigns(await getDb(), { workspaceId })).map((c) => c.id)).not.toContain(campaignId);
    expect((await listCampaigns(await getDb(), { workspaceId, archived: true })).map((c) => c.id)).toContain(campaignId);
    expect((await archiveCampaignAction({ workspaceId, campaignId })).serverError?.code).toBe("conflict");
    expect((await restoreCampaignAction({ workspaceId, campaignId })).data).toEqual({ id: campaignId, archived: false });
    expect((await auditOf("campaigns.archive")).map((entry) => entry.outcome)).toEqual(["failed", "success"]);
    expect((await auditOf("campaigns.restore"))[0]).toMatchObject({ outcome: "success", targetId: campaignId });
  });

  it("an editor reads campaigns but cannot plan them", async () => {
    signInAs(fixture.members.editor.id);
    const refused = await createCampaignAction({ workspaceId, ...BASE, code: "editor_try", personaId: null, ownerId: null, offers: [] });
    expect(refused.serverError?.code).toBe("forbidden");
    expect((await auditOf("campaigns.create")).some((entry) => entry.outcome === "denied" && entry.actorUserId === fixture.members.editor.id)).toBe(true);
  });

  it("refuses a duplicate code after normalisation, naming the campaign that has it", async () => {
    const db = await getDb();
    await createCampaign(db, { workspaceId, userId: fixture.members.marketer.id, ...BASE, name: "Summer", code: "Summer Sale", personaId: null, ownerId: null, offers: [] });
    signInAs(fixture.members.marketer.id);
    const duplicate = await createCampaignAction({ workspaceId, ...BASE, name: "Summer again", code: "summer_sale", personaId: null, ownerId: null, offers: [] });
    expect(duplicate.serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("“summer_sale” is already used by the campaign “Summer”") });
    // The same code in another workspace is fine: codes are unique per workspace.
    const other = await createTestWorkspace();
    await expect(createCampaign(db, { workspaceId: other.id, userId: "usr_test", ...BASE, code: "summer_sale", languages: [], personaId: null, ownerId: null, offers: [] })).resolves.toMatchObject({ code: "summer_sale" });
  });

  it("validates dates, channels, landing pages, budget, languages and owner with clear messages", async () => {
    signInAs(fixture.members.marketer.id);
    const backwards = await createCampaignAction({ workspaceId, ...BASE, code: "backwards", startsOn: "2027-05-01", endsOn: "2027-04-30", personaId: null, ownerId: null, offers: [] });
    expect(backwards.validationErrors?.fieldErrors.endsOn).toEqual(["The campaign ends (2027-04-30) before it starts (2027-05-01)"]);
    const bad = await createCampaignAction({
      workspaceId,
      ...BASE,
      code: "bad",
      channels: ["fax"] as never,
      landingPages: [{ url: "http://nordlicht.example/", label: "" }],
      budgetMinor: -1,
      personaId: null,
      ownerId: null,
      offers: [],
    });
    expect(Object.keys(bad.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["budgetMinor", "channels", "landingPages"]);
    expect(bad.validationErrors?.fieldErrors.landingPages?.join(" ")).toContain("absolute https:// URL");

    const db = await getDb();
    await db.update(brandSettings).set({ languages: ["en"] }).where(eq(brandSettings.workspaceId, workspaceId));
    const german = await createCampaignAction({ workspaceId, ...BASE, code: "german", languages: ["de"] as never, personaId: null, ownerId: null, offers: [] });
    expect(german.serverError?.message).toContain("publishes in English only; a campaign cannot use German");
    const strangerOwner = await createCampaignAction({ workspaceId, ...BASE, code: "stranger", personaId: null, ownerId: fixture.outsider.id, offers: [] });
    expect(strangerOwner.serverError?.message).toBe("The owner must be a member of this workspace.");
    expect(await db.select().from(campaigns).where(eq(campaigns.code, "stranger"))).toEqual([]);
  });
});

describe("offers", () => {
  let campaignId: string;
  beforeAll(async () => {
    campaignId = (await createCampaign(await getDb(), { workspaceId, userId: fixture.members.marketer.id, ...BASE, name: "Offers", code: "offers", personaId: null, ownerId: null, offers: [] })).id;
  });

  it("accepts products of the workspace's feed only, and categories as free text", async () => {
    signInAs(fixture.members.marketer.id);
    const offer = { code: "boots20", value: "20 €", conditions: "", eligibleCategories: [], validUntil: "2027-03-15" };
    const added = await addOfferAction({ workspaceId, campaignId, ...offer, eligibleProductIds: [products.sarekId, products.sarekId] });
    expect(added.data?.code).toBe("BOOTS20");
    const [stored] = await (await getDb()).select().from(campaignOffers).where(eq(campaignOffers.id, added.data!.id));
    expect(stored!.eligibleProductIds).toEqual([products.sarekId]);

    // A page of the knowledge base is no product; another workspace's product is not this feed's.
    const { sourceId: pageId } = await addTextSource(workspaceId, "Our repair service", { title: "Repairs", kind: "published_page" });
    const otherWorkspace = await createTestWorkspace();
    const foreign = await setUpBrand(otherWorkspace.id);
    const refused = await addOfferAction({ workspaceId, campaignId, ...offer, code: "other", eligibleProductIds: [pageId, foreign.fjellId] });
    expect(refused.serverError).toMatchObject({ code: "invalid_input", message: `The offer OTHER names products that are not in this workspace's product feed: ${pageId}, ${foreign.fjellId}.` });

    const byCategory = await addOfferAction({ workspaceId, campaignId, ...offer, code: "jackets", eligibleProductIds: [], eligibleCategories: ["Jackets", "Jackets"] });
    expect(byCategory.serverError).toBeUndefined();
  });

  it("refuses a second offer with the same code, an offer ending before the start, and moving the start past an offer", async () => {
    signInAs(fixture.members.marketer.id);
    const offer = { value: "10 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-10" };
    expect((await addOfferAction({ workspaceId, campaignId, code: "TEN", ...offer })).serverError).toBeUndefined();
    expect((await addOfferAction({ workspaceId, campaignId, code: " ten ", ...offer })).serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("already has an offer with the code TEN") });
    expect((await addOfferAction({ workspaceId, campaignId, code: "EARLY", ...offer, validUntil: "2027-02-28" })).serverError?.message).toBe("The offer EARLY would end on 2027-02-28, before the campaign starts on 2027-03-01.");
    expect((await addOfferAction({ workspaceId, campaignId, code: "GRÜN", ...offer })).validationErrors?.fieldErrors.code).toEqual(["Offer codes use only letters A–Z, digits, “-” and “_”"]);
    expect((await addOfferAction({ workspaceId, campaignId, code: "EMPTY", ...offer, value: " " })).validationErrors?.fieldErrors.value).toBeDefined();

    const db = await getDb();
    await expect(updateCampaign(db, { workspaceId, campaignId, ...BASE, name: "Offers", code: "offers", startsOn: "2027-03-12", personaId: null, ownerId: null })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("ends on 2027-03-10, before the new start 2027-03-12"),
    });
  });

  it("updates and removes an offer, audited; another campaign's offer id is not found", async () => {
    signInAs(fixture.members.manager.id);
    const db = await getDb();
    const { id: offerId } = await addOffer(db, { workspaceId, campaignId, code: "WINTER", value: "5 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-31" });
    const updated = await updateOfferAction({ workspaceId, campaignId, offerId, code: "winter5", value: "5 % on boots", conditions: "Boots only", eligibleProductIds: [], eligibleCategories: ["Boots"], validUntil: "2027-04-10" });
    expect(updated.data).toMatchObject({ id: offerId, code: "WINTER5" });
    const otherCampaign = await createCampaign(db, { workspaceId, userId: "usr_test", ...BASE, name: "Other", code: "other_offers", personaId: null, ownerId: null, offers: [] });
    expect((await removeOfferAction({ workspaceId, campaignId: otherCampaign.id, offerId })).serverError?.code).toBe("not_found");
    expect((await removeOfferAction({ workspaceId, campaignId, offerId })).data).toEqual({ id: offerId, code: "WINTER5" });
    expect(await db.select().from(campaignOffers).where(eq(campaignOffers.id, offerId))).toEqual([]);
    const removals = await auditOf("campaigns.remove_offer");
    expect(removals.map((entry) => entry.outcome)).toEqual(["success", "denied"]);
    expect(removals[0]).toMatchObject({ targetType: "campaign_offer", targetId: offerId, detail: { campaignId, code: "WINTER5" } });
    expect((await auditOf("campaigns.update_offer"))[0]).toMatchObject({
      outcome: "success",
      detail: {
        code: "WINTER5",
        changes: {
          code: { from: "WINTER", to: "WINTER5" },
          value: { from: "5 %", to: "5 % on boots" },
          conditions: { from: "", to: "Boots only" },
          eligibleCategories: { from: [], to: ["Boots"] },
          validUntil: { from: "2027-03-31", to: "2027-04-10" },
        },
      },
    });
  });
});

describe("personas", () => {
  it("refuses a duplicate name in any case, archives out of the picker and restores", async () => {
    const db = await getDb();
    const { id } = await createPersona(db, { workspaceId, userId: "usr_test", name: "Trail runners", description: "", pains: [], vocabulary: [], language: "de" });
    signInAs(fixture.members.marketer.id);
    expect((await createPersonaAction({ workspaceId, name: "trail RUNNERS", language: "de" })).serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("“Trail runners” already exists") });
    expect((await updatePersonaAction({ workspaceId, personaId: id, name: "Trail runners", description: "Run before work", pains: ["Blisters"], vocabulary: [], language: "de" })).serverError).toBeUndefined();
    expect((await auditOf("personas.update"))[0]!.detail).toMatchObject({ changes: { description: { from: "", to: "Run before work" }, pains: { from: [], to: ["Blisters"] } } });
    expect(Object.keys(((await auditOf("personas.update"))[0]!.detail as { changes: object }).changes).sort()).toEqual(["description", "pains"]);
    expect((await archivePersonaAction({ workspaceId, personaId: id })).data).toEqual({ id, archived: true });
    expect((await listPersonas(db, { workspaceId })).map((p) => p.id)).not.toContain(id);
    expect((await listPersonas(db, { workspaceId, includeArchived: true })).find((p) => p.id === id)).toMatchObject({ description: "Run before work", pains: ["Blisters"] });
    // An archived persona is not offered to a new campaign.
    const campaign = await createCampaignAction({ workspaceId, ...BASE, code: "archived_persona", personaId: id, ownerId: null, offers: [] });
    expect(campaign.serverError?.message).toBe("The chosen persona is archived; restore it first or choose another.");
    expect((await auditOf("personas.archive"))[0]).toMatchObject({ outcome: "success", targetType: "persona", targetId: id });
  });
});

describe("a campaign's code and start once it has assets", () => {
  it("refuses a code change that would change its assets' UTM values, naming how many, and audits a change without assets as from/to", async () => {
    const db = await getDb();
    signInAs(fixture.members.marketer.id);
    const { id: campaignId } = await createCampaign(db, { workspaceId, userId: "usr_test", ...BASE, name: "Code change", code: "code_change", personaId: null, ownerId: null, offers: [] });
    const unchanged = { ...BASE, name: "Code change", personaId: null, ownerId: null };
    // No assets yet: the code may change, and the audit says from what to what.
    expect((await updateCampaignAction({ workspaceId, campaignId, ...unchanged, code: "code_renamed" })).data).toMatchObject({ code: "code_renamed", codeChanged: true });
    expect((await auditOf("campaigns.update"))[0]!.detail).toMatchObject({ codeChanged: true, changes: { code: { from: "code_change", to: "code_renamed" } } });

    for (const content of ["a", "b"]) await db.update(assets).set({ campaignId }).where(eq(assets.id, await insertTestAsset(workspaceId, { utmCampaign: "code_renamed", utmContent: content })));
    const refused = await updateCampaignAction({ workspaceId, campaignId, ...unchanged, code: "code_again" });
    expect(refused.serverError).toMatchObject({
      code: "conflict",
      message:
        "This campaign has 2 assets whose links carry “code_renamed” in utm_campaign; the new code would make it “code_again”, so those links and their reports would no longer match the campaign. Keep the code, or plan a new campaign.",
    });
    expect((await getCampaign(db, { workspaceId, campaignId })).code).toBe("code_renamed");
    // The built-in template shows no season or year: the start may move, the code stays.
    expect((await updateCampaignAction({ workspaceId, campaignId, ...unchanged, code: "code_renamed", startsOn: "2027-02-01" })).serverError).toBeUndefined();
  });

  it("refuses a start in another season when the template shows the season, once there are assets", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace("Spurwerk");
    await setUpBrand(workspace.id);
    await db.update(brandSettings).set({ utmConvention: { ...BUILT_IN_UTM_CONVENTION, campaignTemplate: "{campaign}_{season}{year}_{variant}" } }).where(eq(brandSettings.workspaceId, workspace.id));
    const campaign = { ...BASE, code: "pendeln", languages: [], personaId: null, ownerId: null };
    const { id: campaignId } = await createCampaign(db, { workspaceId: workspace.id, userId: "usr_test", ...campaign, offers: [] });
    await db.update(assets).set({ campaignId }).where(eq(assets.id, await insertTestAsset(workspace.id, { utmCampaign: "pendeln_spring2027_1", utmContent: "a" })));
    // March to May is one season: the values stay.
    await expect(updateCampaign(db, { workspaceId: workspace.id, campaignId, ...campaign, startsOn: "2027-03-15" })).resolves.toMatchObject({ codeChanged: false });
    await expect(updateCampaign(db, { workspaceId: workspace.id, campaignId, ...campaign, startsOn: "2027-02-20" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("1 asset whose links carry “pendeln_spring2027” in utm_campaign; the new start would make it “pendeln_winter2027”"),
    });
  });
});

describe("banned terms in a campaign code", () => {
  it("refuses a code holding a banned term of a language the campaign runs in, at create and update", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await setUpBrand(workspace.id, { bannedTerms: [{ term: "billig", reason: null, language: null }, { term: "gratis", reason: null, language: "de" }] });
    const campaign = { ...BASE, languages: [], personaId: null, ownerId: null, offers: [] };
    await expect(createCampaign(db, { workspaceId: workspace.id, userId: "usr_test", ...campaign, code: "Billig Pendeln" })).rejects.toMatchObject({
      code: "invalid_input",
      message: "The code “billig_pendeln” contains the banned term “billig”; the code goes into every link of the campaign, and banned terms never go into UTM values. Choose another code.",
    });
    // "gratis" is banned in German copy only: an English-only campaign may use it, one in every language may not.
    await expect(createCampaign(db, { workspaceId: workspace.id, userId: "usr_test", ...campaign, code: "gratis_en", languages: ["en"] })).resolves.toMatchObject({ code: "gratis_en" });
    await expect(createCampaign(db, { workspaceId: workspace.id, userId: "usr_test", ...campaign, code: "gratis_all" })).rejects.toMatchObject({ message: expect.stringContaining("banned term “gratis”") });
    const { id: campaignId } = await createCampaign(db, { workspaceId: workspace.id, userId: "usr_test", ...campaign, code: "pendeln" });
    await expect(updateCampaign(db, { workspaceId: workspace.id, campaignId, ...campaign, code: "pendeln_billig" })).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("limits and races", () => {
  it("refuses a 21st offer, as a new campaign's form does", async () => {
    const offers = Array.from({ length: 20 }, (_, index) => ({ code: `O${index}`, value: "5 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-20" }));
    const { id: campaignId } = await createCampaign(await getDb(), { workspaceId, userId: "usr_test", ...BASE, code: "full", personaId: null, ownerId: null, offers });
    signInAs(fixture.members.marketer.id);
    const refused = await addOfferAction({ workspaceId, campaignId, code: "ONE_MORE", value: "5 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-20" });
    expect(refused.serverError).toMatchObject({ code: "conflict", message: "This campaign already has 20 offers, the most a campaign takes; remove one first." });
  });

  it("answers a lost race for a code or name with the usual conflict sentence, not an internal error", async () => {
    const db = await getDb();
    // Not in a transaction: both requests pass the "is it free?" check before either inserts.
    const campaignsRace = await Promise.allSettled(["Race A", "Race B"].map((name) => createCampaign(db, { workspaceId, userId: "usr_test", ...BASE, name, code: "race", personaId: null, ownerId: null, offers: [] })));
    expect(campaignsRace.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const lostCampaign = campaignsRace.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(lostCampaign.reason).toMatchObject({ code: "conflict", message: expect.stringMatching(/^The code “race” is already used by the campaign “Race [AB]”/) });

    const personasRace = await Promise.allSettled([1, 2].map(() => createPersona(db, { workspaceId, userId: "usr_test", name: "Racers", description: "", pains: [], vocabulary: [], language: "en" })));
    expect((personasRace.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", message: "A persona named “Racers” already exists in this workspace; choose another name." });

    const campaignId = (campaignsRace.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<{ id: string }>).value.id;
    const offer = { code: "RACE", value: "5 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-20" };
    const offersRace = await Promise.allSettled([1, 2].map(() => addOffer(db, { workspaceId, campaignId, ...offer })));
    expect((offersRace.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", message: "This campaign already has an offer with the code RACE; each offer of a campaign needs its own code." });
    expect((await getCampaign(db, { workspaceId, campaignId })).offers.map((stored) => stored.code)).toEqual(["RACE"]);
  });
});

describe("tenant isolation", () => {
  it("another workspace's campaign or persona id is not found, through the domain and the actions", async () => {
    const db = await getDb();
    const { id: campaignId } = await createCampaign(db, { workspaceId, userId: "usr_test", ...BASE, code: "isolated", personaId: null, ownerId: null, offers: [] });
    const other = fixture.otherWorkspace.id;
    await expect(getCampaign(db, { workspaceId: other, campaignId })).rejects.toMatchObject({ code: "not_found" });
    // The outsider is admin of the other workspace: acting there on this workspace's campaign finds nothing.
    signInAs(fixture.outsider.id);
    expect((await archiveCampaignAction({ workspaceId: other, campaignId })).serverError?.code).toBe("not_found");
    expect((await updateCampaignAction({ workspaceId: other, campaignId, ...BASE, languages: [], code: "isolated", personaId: null, ownerId: null })).serverError?.code).toBe("not_found");
    expect((await addOfferAction({ workspaceId: other, campaignId, code: "X", value: "1 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-03-05" })).serverError?.code).toBe("not_found");
    // And naming this workspace is refused outright: not a member.
    expect((await archiveCampaignAction({ workspaceId, campaignId })).serverError?.code).toBe("not_found");
    expect((await getCampaign(db, { workspaceId, campaignId })).archivedAt).toBeNull();
    const { id: personaId } = await createPersona(db, { workspaceId, userId: "usr_test", name: "Isolated persona", description: "", pains: [], vocabulary: [], language: "en" });
    signInAs(fixture.outsider.id);
    const foreignPersona = await createCampaignAction({ workspaceId: other, ...BASE, code: "x", languages: [], personaId, ownerId: null, offers: [] });
    expect(foreignPersona.serverError).toMatchObject({ code: "invalid_input", message: "The chosen persona does not exist in this workspace." });
  });
});
