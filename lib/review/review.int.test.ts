import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets, assetTransitions } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";
import { exportAsset } from "@/lib/assets/export/export-asset";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { transitionAsset } from "./transition-asset";
import { compareVersions, restoreVersion } from "./versions";
import { addComment, listComments, setCommentResolved } from "./comments";
import { countAssetsByState, getAssetDetail, listReviewQueue } from "./queries";

async function draft() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const marketer = await createTestUser();
  const editor = await createTestUser();
  const otherEditor = await createTestUser();
  const { fjellId } = await setUpBrand(workspace.id);
  const { assetId, generated } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId, briefAt: new Date(Date.now() - 60_000) });
  return { db, workspace, marketer, editor, otherEditor, assetId, content: generated.content as GoogleRsa };
}

describe("editorial review", () => {
  it("runs draft → review → changes → review → approved → published with four eyes, figures and history", async () => {
    const { db, workspace, marketer, editor, otherEditor, assetId, content } = await draft();
    const ws = workspace.id;
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });
    expect((await listReviewQueue(db, { workspaceId: ws })).map((r) => r.id)).toEqual([assetId]);

    // The editor asks for changes (a comment is required), the marketer edits and resubmits.
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: editor.id, role: "editor", action: "request_changes", comment: "" })).rejects.toMatchObject({ code: "forbidden" });
    await transitionAsset(db, { workspaceId: ws, assetId, actorId: editor.id, role: "editor", action: "request_changes", comment: "Shorter second headline, please" });
    // A valid edit: the second and third headlines trade places.
    const edited = { ...content, headlines: content.headlines.map((h, i) => (i === 1 ? content.headlines[2]! : i === 2 ? content.headlines[1]! : h)) };
    await editAsset(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer", baseVersion: 1, content: edited });
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });

    // The editor edits during review and so may not approve it; another editor may.
    await editAsset(db, { workspaceId: ws, assetId, userId: editor.id, role: "editor", baseVersion: 2, content: edited });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: editor.id, role: "editor", action: "approve" })).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("Four eyes") });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: marketer.id, role: "editor", action: "approve" })).rejects.toMatchObject({ message: expect.stringContaining("created") });
    await transitionAsset(db, { workspaceId: ws, assetId, actorId: otherEditor.id, role: "editor", action: "approve" });
    await transitionAsset(db, { workspaceId: ws, assetId, actorId: otherEditor.id, role: "editor", action: "publish" });

    const [row] = await db.select().from(assets).where(eq(assets.id, assetId));
    expect(row).toMatchObject({ state: "published", publishedVersion: 3, reviewRounds: 2, approvedOnFirstReview: false, approvedBy: otherEditor.id });
    expect(row!.approvedAt!.getTime() - row!.briefAt.getTime()).toBeGreaterThanOrEqual(60_000);
    expect(row!.editorChangeRatio).toBeGreaterThan(0);
    expect(row!.editorChangeRatio).toBeLessThan(1);
    const history = await db.select().from(assetTransitions).where(eq(assetTransitions.assetId, assetId)).orderBy(assetTransitions.createdAt);
    expect(history.map((t) => `${t.action}:${t.fromState}→${t.toState}`)).toEqual([
      "submit:draft→in_review",
      "request_changes:in_review→changes_requested",
      "submit:changes_requested→in_review",
      "edit:in_review→in_review",
      "approve:in_review→approved",
      "publish:approved→published",
    ]);
    expect(history[1]!.comment).toBe("Shorter second headline, please");

    // Exports use the published version; editing the published asset starts a new draft.
    const csv = await exportAsset(db, { workspaceId: ws, assetId, format: "google-ads-csv" });
    expect(csv.fileName).toContain("-v3");
    const next = await editAsset(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer", baseVersion: 3, content });
    expect(next).toMatchObject({ version: 4, state: "draft" });
    expect((await exportAsset(db, { workspaceId: ws, assetId, format: "json" })).fileName).toContain("-v3");
    expect((await countAssetsByState(db, ws)).draft).toBe(1);
  });

  it("refuses approving an invalid version without an override reason, and records the reason", async () => {
    const { db, workspace, marketer, editor, assetId, content } = await draft();
    const ws = workspace.id;
    const invalid = { ...content, headlines: [...content.headlines, { text: "This headline is far too long for Google", citations: content.headlines[0]!.citations, pin: null }] };
    await editAsset(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer", baseVersion: 1, content: invalid });
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: editor.id, role: "editor", action: "approve" })).rejects.toMatchObject({ message: expect.stringContaining("override") });
    await transitionAsset(db, { workspaceId: ws, assetId, actorId: editor.id, role: "editor", action: "approve", overrideReason: "Trimmed by the agency in Ads Editor" });
    const detail = await getAssetDetail(db, { workspaceId: ws, assetId });
    expect(detail.asset.validationOverrideReason).toBe("Trimmed by the agency in Ads Editor");
    expect(detail.transitions[0]!.comment).toContain("Override: Trimmed by the agency");
  });

  it("keeps every version, diffs any two word by word, restores an old one as new, and names the other change on a conflict", async () => {
    const { db, workspace, marketer, editor, assetId, content } = await draft();
    const ws = workspace.id;
    const v2 = { ...content, descriptions: content.descriptions.map((d, i) => (i === 0 ? { ...d, text: "A light three-layer shell." } : d)) };
    await editAsset(db, { workspaceId: ws, assetId, userId: editor.id, role: "editor", baseVersion: 1, content: v2 });
    const conflict = await editAsset(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer", baseVersion: 1, content }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ code: "conflict", message: expect.stringContaining("A light three-layer shell.") });

    const diffs = await compareVersions(db, { workspaceId: ws, assetId, from: 1, to: 2 });
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.path).toBe("descriptions[0].text");
    expect(diffs[0]!.parts.some((p) => p.change === "added" && p.value.includes("light"))).toBe(true);
    expect(diffs[0]!.parts.some((p) => p.change === "removed")).toBe(true);

    const restored = await restoreVersion(db, { workspaceId: ws, assetId, version: 1, userId: editor.id, role: "editor" });
    expect(restored.version).toBe(3);
    expect(await compareVersions(db, { workspaceId: ws, assetId, from: 1, to: 3 })).toEqual([]);
  });

  it("keeps comments per field and per asset, resolvable, counted in the queue", async () => {
    const { db, workspace, marketer, editor, assetId } = await draft();
    const ws = workspace.id;
    const { commentId } = await addComment(db, { workspaceId: ws, assetId, authorId: editor.id, fieldPath: "headlines[1].text", body: "Too generic" });
    await addComment(db, { workspaceId: ws, assetId, authorId: editor.id, fieldPath: null, body: "Check the price" });
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });
    expect((await listReviewQueue(db, { workspaceId: ws }))[0]!.openComments).toBe(2);
    await setCommentResolved(db, { workspaceId: ws, commentId, userId: marketer.id, resolved: true });
    expect((await listReviewQueue(db, { workspaceId: ws }))[0]!.openComments).toBe(1);
    const comments = await listComments(db, { workspaceId: ws, assetId });
    expect(comments.map((c) => [c.fieldPath, c.resolvedAt !== null])).toEqual([["headlines[1].text", true], [null, false]]);
    const other = await createTestWorkspace();
    await expect(setCommentResolved(db, { workspaceId: other.id, commentId, userId: marketer.id, resolved: false })).rejects.toMatchObject({ code: "not_found" });
    await expect(addComment(db, { workspaceId: other.id, assetId, authorId: editor.id, fieldPath: null, body: "x" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a decision on a version saved after the one the reviewer looked at", async () => {
    const { db, workspace, marketer, editor, otherEditor, assetId, content } = await draft();
    const ws = workspace.id;
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });
    // The other editor opened version 1; meanwhile this editor saves version 2 during review.
    await editAsset(db, { workspaceId: ws, assetId, userId: editor.id, role: "editor", baseVersion: 1, content });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: otherEditor.id, role: "editor", action: "approve", expectedVersion: 1 })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Version 2 was saved after you opened version 1"),
    });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: otherEditor.id, role: "editor", action: "approve", expectedVersion: 2 })).resolves.toMatchObject({ state: "approved", version: 2 });
  });

  it("lets marketers submit only their own drafts and not edit during review", async () => {
    const { db, workspace, marketer, assetId, content } = await draft();
    const ws = workspace.id;
    const colleague = await createTestUser();
    await expect(submitForReview(db, { workspaceId: ws, assetId, userId: colleague.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });
    await submitForReview(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer" });
    await expect(editAsset(db, { workspaceId: ws, assetId, userId: marketer.id, role: "marketer", baseVersion: 1, content })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("in review") });
    await expect(transitionAsset(db, { workspaceId: ws, assetId, actorId: marketer.id, role: "marketer", action: "publish" })).rejects.toMatchObject({ code: "conflict" });
    const [row] = await db.select({ state: assets.state }).from(assets).where(and(eq(assets.workspaceId, ws), eq(assets.id, assetId)));
    expect(row!.state).toBe("in_review");
  });
});
