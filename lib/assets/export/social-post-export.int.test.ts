import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import { exportAsset } from "./export-asset";

describe("a generated LinkedIn post", () => {
  it("validates, takes the brand's hashtags and exports as the post text and as JSON", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    // The test workspace's name is not "Nordlicht", so #Nordlicht matches nothing in the brief.
    const { fjellId } = await setUpBrand(workspace.id, { hashtags: ["Nordlicht", "Hardshell", "Boots"] });
    const generated = await generateAsset(db, {
      workspaceId: workspace.id,
      userId: author.id,
      role: "marketer",
      kind: "linkedin-post",
      brief: { productSourceId: fjellId, topic: "", audience: "", goal: "", assetKinds: ["linkedin-post"], language: "en", tone: "", keywords: ["hardshell jacket"] },
    });
    expect(generated.validation.issues).toEqual([]);
    if (generated.content.kind !== "linkedin-post") throw new Error("expected a LinkedIn post");
    expect(generated.content.hashtags).toEqual(["Hardshell"]);
    expect(generated.content.link.utm).toMatchObject({ source: "linkedin", medium: "social" });

    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: author.id, actorLabel: "test", generated, idempotencyKey: null, briefAt: new Date() });
    const text = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "post-text" });
    expect(text.contentType).toBe("text/plain; charset=utf-8");
    expect(text.fileName).toMatch(/^linkedin-post-.+-v1\.txt$/);
    expect(text.body).toContain(generated.content.text.text);
    expect(text.body).toContain("https://nordlicht.example/p/fjell?utm_source=linkedin&utm_medium=social");
    expect(text.body.trimEnd().endsWith("\n\n#Hardshell")).toBe(true);

    const json = JSON.parse((await exportAsset(db, { workspaceId: workspace.id, assetId, format: "json" })).body) as { kind: string; asset: { hashtags: string[] } };
    expect(json.kind).toBe("linkedin-post");
    expect(json.asset.hashtags).toEqual(["Hardshell"]);
  });

  it("refuses the post text for another kind", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "post-text" })).rejects.toThrow(/for LinkedIn, Instagram and X posts/);
  });
});
