import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { deleteBriefTemplate, listBriefTemplates, saveBriefTemplate } from "./brief-templates";
import { getAssetBrief, listRecentBriefs } from "./brief-history";

const BRIEF: BriefInput = { productSourceId: null, topic: "Rain jackets for commuters", audience: "Cyclists", goal: "Sign-ups", assetKinds: ["meta-ad", "seo-page"], language: "de", tone: "warm", keywords: ["regenjacke"] };

describe("brief templates", () => {
  it("saves, lists newest first, and deletes only for the author or an admin", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const other = await createTestUser();
    const first = await saveBriefTemplate(db, { workspaceId: workspace.id, userId: author.id, name: "Commuter jackets", brief: BRIEF });
    await saveBriefTemplate(db, { workspaceId: workspace.id, userId: author.id, name: "Boots", brief: { ...BRIEF, topic: "Boots" } });
    const listed = await listBriefTemplates(db, { workspaceId: workspace.id });
    expect(listed.map((t) => t.name)).toEqual(["Boots", "Commuter jackets"]);
    expect(listed[1]!.brief).toEqual(BRIEF);
    expect(await listBriefTemplates(db, { workspaceId: (await createTestWorkspace()).id })).toEqual([]);

    await expect(deleteBriefTemplate(db, { workspaceId: workspace.id, templateId: first.id, userId: other.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await createTestWorkspace();
    await expect(deleteBriefTemplate(db, { workspaceId: outsider.id, templateId: first.id, userId: author.id, role: "admin" })).rejects.toMatchObject({ code: "not_found" });
    await deleteBriefTemplate(db, { workspaceId: workspace.id, templateId: first.id, userId: other.id, role: "admin" });
    expect((await listBriefTemplates(db, { workspaceId: workspace.id })).map((t) => t.name)).toEqual(["Boots"]);
  });
});

describe("brief history and duplicating a brief", () => {
  it("lists the member's own briefs once each and gives an asset's brief back", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const colleague = await createTestUser();
    const { fjellId, sarekId } = await setUpBrand(workspace.id);
    const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId, briefAt: new Date(Date.now() - 60_000) });
    await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: sarekId });
    await createGeneratedDraft({ workspaceId: workspace.id, authorId: colleague.id, productSourceId: fjellId });

    const recent = await listRecentBriefs(db, { workspaceId: workspace.id, userId: author.id });
    expect(recent.map((r) => r.brief.productSourceId)).toEqual([sarekId, fjellId]);
    expect(await getAssetBrief(db, { workspaceId: workspace.id, assetId })).toMatchObject({ productSourceId: fjellId, assetKinds: ["google-rsa"], language: "en" });
    const outsider = await createTestWorkspace();
    await expect(getAssetBrief(db, { workspaceId: outsider.id, assetId })).rejects.toMatchObject({ code: "not_found" });
  });
});
