import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { archiveDraft, restoreDraft } from "./archive-draft";
import { editAsset } from "./edit-asset";
import { submitForReview } from "./submit-for-review";
import { listAssets } from "@/lib/review/queries";

async function lifecycleFixture() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const author = await createTestUser();
  const { fjellId } = await setUpBrand(workspace.id);
  const { assetId, generated } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
  return { db, workspace, author, fjellId, assetId, content: generated.content as GoogleRsa };
}

describe("draft lifecycle: identical re-runs, archive and restore, a stable title", () => {
  it("returns the member's existing draft when the same brief gives the same content again", async () => {
    const { db, workspace, author, fjellId, assetId } = await lifecycleFixture();
    const again = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
    expect(again.assetId).toBe(assetId);
    const rows = await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id));
    expect(rows).toHaveLength(1);

    // Another member's identical result is their own draft, and an archived draft is not reused.
    const colleague = await createTestUser();
    const theirs = await createGeneratedDraft({ workspaceId: workspace.id, authorId: colleague.id, productSourceId: fjellId });
    expect(theirs.assetId).not.toBe(assetId);
    await archiveDraft(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" });
    const afterArchive = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
    expect(afterArchive.assetId).not.toBe(assetId);
  });

  it("lets the author archive and restore a draft, and refuses another marketer", async () => {
    const { db, workspace, author, assetId } = await lifecycleFixture();
    const other = await createTestUser();
    await expect(archiveDraft(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(archiveDraft(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "editor" })).rejects.toMatchObject({ code: "forbidden" });

    await archiveDraft(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" });
    const [archived] = await db.select().from(assets).where(eq(assets.id, assetId));
    // Hidden from the library, listed under the "Archived" filter.
    expect((await listAssets(db, { workspaceId: workspace.id })).map((a) => a.id)).not.toContain(assetId);
    expect((await listAssets(db, { workspaceId: workspace.id, archived: true })).map((a) => a.id)).toEqual([assetId]);
    expect(archived).toMatchObject({ archivedBy: author.id, state: "draft" });
    expect(archived!.archivedAt).toBeInstanceOf(Date);
    await expect(archiveDraft(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" })).rejects.toMatchObject({ code: "conflict" });
    await expect(restoreDraft(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });

    // An admin may restore anyone's draft.
    await restoreDraft(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "admin" });
    const [restored] = await db.select({ archivedAt: assets.archivedAt, archivedBy: assets.archivedBy }).from(assets).where(and(eq(assets.id, assetId)));
    expect(restored).toEqual({ archivedAt: null, archivedBy: null });
    await expect(restoreDraft(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" })).rejects.toMatchObject({ code: "conflict" });

    const outsider = await createTestWorkspace();
    await expect(archiveDraft(db, { workspaceId: outsider.id, assetId, userId: author.id, role: "admin" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("does not archive an asset that is in review", async () => {
    const { db, workspace, author, assetId } = await lifecycleFixture();
    await submitForReview(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" });
    await expect(archiveDraft(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("in review") });
  });

  it("keeps the asset's name when a saved edit replaces its first headline", async () => {
    const { db, workspace, author, assetId, content } = await lifecycleFixture();
    const [before] = await db.select({ title: assets.title }).from(assets).where(eq(assets.id, assetId));
    const regenerated = { ...content, headlines: [{ ...content.headlines[0]!, text: "Zurück in Hamburg nähten sie" }, ...content.headlines.slice(1)] };
    await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content: regenerated });
    const [after] = await db.select({ title: assets.title }).from(assets).where(eq(assets.id, assetId));
    expect(after!.title).toBe(before!.title);
    expect(after!.title).not.toContain("Hamburg");
  });
});
