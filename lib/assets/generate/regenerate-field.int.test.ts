import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { generateAsset } from "./generate-asset";
import { regenerateField } from "./regenerate-field";

describe("regenerating one field", () => {
  it("writes a different, cited text within the field's limit with the local model and validates the asset with it", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    const generated = await generateAsset(db, {
      workspaceId: workspace.id,
      userId: user.id,
      role: "marketer",
      kind: "google-rsa",
      brief: { productSourceId: fjellId, topic: "", audience: "", goal: "", assetKinds: ["google-rsa"], language: "en", tone: "", keywords: ["hardshell"] },
    });
    expect(generated.provenance.model).toBe("local:extractive-v1");
    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const content = generated.content as GoogleRsa;

    const result = await regenerateField(db, { workspaceId: workspace.id, assetId, userId: user.id, role: "marketer", path: "descriptions[0]", content });
    expect(result.field.text).not.toBe(content.descriptions[0]!.text);
    expect(result.field.text.length).toBeGreaterThan(0);
    expect([...result.field.text].length).toBeLessThanOrEqual(90);
    expect(result.field.citations.length).toBeGreaterThan(0);
    expect(result.model).toBe("local:extractive-v1");
    expect(result.validation.issues.filter((i) => i.path.startsWith("descriptions[0]") && i.severity === "error")).toEqual([]);

    await expect(regenerateField(db, { workspaceId: workspace.id, assetId, userId: user.id, role: "marketer", path: "finalUrl", content })).rejects.toMatchObject({ code: "invalid_input" });
    const stranger = await createTestUser();
    await expect(regenerateField(db, { workspaceId: workspace.id, assetId, userId: stranger.id, role: "marketer", path: "descriptions[0]", content })).rejects.toMatchObject({ code: "forbidden" });
  });
});
