import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import { exportAsset } from "./export-asset";

describe("e-mail exports", () => {
  it("generates an e-mail with the local model and exports its HTML part, its derived text part and JSON", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    const generated = await generateAsset(db, {
      workspaceId: workspace.id,
      userId: author.id,
      role: "marketer",
      kind: "email",
      brief: { productSourceId: fjellId, topic: "", audience: "", goal: "", assetKinds: ["email"], language: "en", tone: "", keywords: [] },
    });
    expect(generated.validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    if (generated.content.kind !== "email") throw new Error("expected an e-mail");
    const mail = generated.content;
    expect(mail.utm).toMatchObject({ source: "newsletter", medium: "email" });
    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: author.id, actorLabel: "test", generated, idempotencyKey: null, briefAt: new Date() });

    const html = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "email-html" });
    expect(html.contentType).toBe("text/html; charset=utf-8");
    expect(html.fileName).toMatch(/^email-.*-v1\.html$/);
    expect(html.body).toContain("utm_source=newsletter&amp;utm_medium=email");
    expect(html.body).toContain(mail.sections[0]!.heading.text);
    expect(html.body).toContain('href="{{unsubscribe_url}}"');

    const text = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "email-text" });
    expect(text.contentType).toBe("text/plain; charset=utf-8");
    expect(text.body).toContain(`${mail.callToAction}: ${mail.finalUrl}?utm_source=newsletter&utm_medium=email`);
    expect(text.body).toContain(mail.footer);

    const json = JSON.parse((await exportAsset(db, { workspaceId: workspace.id, assetId, format: "json" })).body) as { kind: string; asset: { subject: { text: string } } };
    expect(json.kind).toBe("email");
    expect(json.asset.subject.text).toBe(mail.subject.text);
  });

  it("refuses the e-mail formats for another kind", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const author = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "email-html" })).rejects.toThrow(AppError);
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "email-text" })).rejects.toThrow(/for e-mails/);
  });
});
