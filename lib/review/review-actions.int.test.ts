import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, memberships } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import { approveAssetAction, requestChangesAction } from "@/app/(app)/[workspace]/review/actions";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

describe("review actions through the authorized path", () => {
  it("audit every transition with actor and comment, a four-eyes refusal, and an override reason", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [marketer, editor] = [await createTestUser(), await createTestUser()];
    await db.insert(memberships).values([
      { workspaceId: workspace.id, userId: marketer.id, role: "marketer" },
      { workspaceId: workspace.id, userId: editor.id, role: "editor" },
    ]);
    const { fjellId } = await setUpBrand(workspace.id);
    const { assetId, generated } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId });
    const content = generated.content as GoogleRsa;
    // An invalid version (an over-long headline), so approving it needs an override reason.
    await editAsset(db, { workspaceId: workspace.id, assetId, userId: marketer.id, role: "marketer", baseVersion: 1, content: { ...content, headlines: [...content.headlines.slice(0, 3), { text: "A headline far longer than thirty characters", citations: content.headlines[0]!.citations, pin: null }] } });

    signInAs(marketer.id);
    expect((await submitAssetForReviewAction({ workspaceId: workspace.id, assetId }))?.data).toMatchObject({ state: "in_review" });
    signInAs(editor.id);
    expect((await requestChangesAction({ workspaceId: workspace.id, assetId, comment: "" }))?.validationErrors).toBeDefined();
    expect((await approveAssetAction({ workspaceId: workspace.id, assetId }))?.serverError).toMatchObject({ code: "forbidden", message: expect.stringContaining("override") });
    expect((await approveAssetAction({ workspaceId: workspace.id, assetId, overrideReason: "Legal cleared the long headline" }))?.data).toMatchObject({ state: "approved" });

    const entries = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id))).orderBy(auditLog.chainSeq);
    const review = entries.filter((e) => e.action.startsWith("review.") || e.action === "assets.submit_for_review");
    expect(review.map((e) => [e.action, e.outcome])).toEqual([
      ["assets.submit_for_review", "success"],
      ["review.request_changes", "invalid_input"],
      ["review.approve", "denied"],
      ["review.approve", "success"],
    ]);
    const approved = review.at(-1)!;
    expect(approved).toMatchObject({ actorUserId: editor.id, targetType: "asset", targetId: assetId });
    // Free text written by a person: in the erasable personal detail, not the signed one.
    expect(approved.detailPersonal).toMatchObject({ overrideReason: "Legal cleared the long headline" });
    expect(approved.detail).not.toHaveProperty("overrideReason");
  });
});
