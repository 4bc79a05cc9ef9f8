import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions, auditLog, memberships } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import { previewComplianceAction, saveAssetEditAction, submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import { approveAssetAction } from "@/app/(app)/[workspace]/review/actions";
import { saveMinimumScoresAction } from "@/app/(app)/[workspace]/admin/brand/minimum-score-actions";
import { readComplianceReport } from "./types";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

async function fixture() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const [admin, marketer, editor] = [await createTestUser(), await createTestUser(), await createTestUser()];
  await db.insert(memberships).values([
    { workspaceId: workspace.id, userId: admin.id, role: "admin" },
    { workspaceId: workspace.id, userId: marketer.id, role: "marketer" },
    { workspaceId: workspace.id, userId: editor.id, role: "editor" },
  ]);
  const { fjellId } = await setUpBrand(workspace.id, { bannedTerms: [{ term: "cheap", reason: "we are not a discounter" }] });
  const { assetId, generated } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId });
  const content = generated.content as GoogleRsa;
  const withBannedTerm = { ...content, headlines: [{ ...content.headlines[0]!, text: "Cheap Fjell Jacket" }, ...content.headlines.slice(1)] };
  const stored = async (version: number) => {
    const [row] = await db.select({ compliance: assetVersions.compliance }).from(assetVersions).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, version)));
    return readComplianceReport(row?.compliance);
  };
  return { db, workspace, admin, marketer, editor, assetId, content, withBannedTerm, stored };
}

describe("compliance score: stored per version, minimum scores through the actions", () => {
  it("stores the score of the generated version and of every edit, with the failing rules", async () => {
    const { workspace, marketer, assetId, withBannedTerm, stored } = await fixture();
    const generated = await stored(1);
    expect(generated).toMatchObject({ judgedBy: LOCAL_JUDGE_ID });
    expect(generated!.applicable).toBeGreaterThan(5);
    expect(generated!.failing.map((rule) => rule.ruleId)).not.toContain("banned_term:*:cheap");

    signInAs(marketer.id);
    const live = await previewComplianceAction({ workspaceId: workspace.id, assetId, content: withBannedTerm });
    expect(live?.data?.compliance?.failing.map((rule) => rule.ruleId)).toContain("banned_term:*:cheap");
    expect(await stored(2)).toBeNull();

    const saved = await saveAssetEditAction({ workspaceId: workspace.id, assetId, baseVersion: 1, content: withBannedTerm });
    expect(saved?.data?.version).toBe(2);
    const edited = await stored(2);
    expect(edited).toEqual(saved?.data?.compliance);
    expect(edited!.failing).toContainEqual({
      ruleId: "banned_term:*:cheap",
      ruleType: "banned_term",
      message: expect.stringContaining('"cheap"'),
      // Stored with its code, so the asset page can say it in the member's language.
      texts: { shown: [{ path: "headlines[0].text", code: "brandBannedTermWithReason", params: { term: "cheap", reason: "we are not a discounter" } }], more: 0 },
    });
    expect(edited!.score).toBeLessThan(generated!.score);
    expect(edited!.score).toBe(Math.floor((100 * edited!.passed) / edited!.applicable));
  });

  it("refuses to submit below the minimum, naming the score and failing rules; approving below the minimum needs a reason, which is audited", async () => {
    const { db, workspace, admin, marketer, editor, assetId, withBannedTerm, stored } = await fixture();
    signInAs(marketer.id);
    await saveAssetEditAction({ workspaceId: workspace.id, assetId, baseVersion: 1, content: withBannedTerm });
    const score = (await stored(2))!.score;

    expect((await saveMinimumScoresAction({ workspaceId: workspace.id, minScoreToSubmit: 100, minScoreToApprove: null }))?.serverError).toMatchObject({ code: "forbidden" });
    signInAs(admin.id);
    expect((await saveMinimumScoresAction({ workspaceId: workspace.id, minScoreToSubmit: 101, minScoreToApprove: null }))?.validationErrors).toBeDefined();
    expect((await saveMinimumScoresAction({ workspaceId: workspace.id, minScoreToSubmit: 100, minScoreToApprove: 100 }))?.data).toEqual({ saved: true });

    signInAs(marketer.id);
    const refused = await submitAssetForReviewAction({ workspaceId: workspace.id, assetId });
    expect(refused?.serverError).toMatchObject({ code: "conflict", message: expect.stringMatching(new RegExp(`^Compliance score ${score} is below the workspace minimum of 100 to submit\\. Failing rules: .*banned_term:\\*:cheap`)) });
    const [draft] = await db.select({ state: assets.state }).from(assets).where(eq(assets.id, assetId));
    expect(draft!.state).toBe("draft");

    signInAs(admin.id);
    await saveMinimumScoresAction({ workspaceId: workspace.id, minScoreToSubmit: null, minScoreToApprove: 100 });
    signInAs(marketer.id);
    expect((await submitAssetForReviewAction({ workspaceId: workspace.id, assetId }))?.data).toMatchObject({ state: "in_review", complianceScore: score });

    signInAs(editor.id);
    const noReason = await approveAssetAction({ workspaceId: workspace.id, assetId });
    expect(noReason?.serverError).toMatchObject({ code: "forbidden", message: expect.stringMatching(new RegExp(`Compliance score ${score} is below the workspace minimum of 100 to approve.*override reason`)) });
    const approved = await approveAssetAction({ workspaceId: workspace.id, assetId, overrideReason: "Legal accepts the word for this campaign" });
    expect(approved?.data).toMatchObject({ state: "approved", compliance: { score, minimum: 100, belowMinimum: true } });

    const [asset] = await db.select({ reason: assets.validationOverrideReason }).from(assets).where(eq(assets.id, assetId));
    expect(asset!.reason).toBe("Legal accepts the word for this campaign");
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.action, "review.approve"))).orderBy(auditLog.chainSeq);
    expect(entries.map((entry) => entry.outcome)).toEqual(["denied", "success"]);
    expect(entries[1]!.detail).toMatchObject({ complianceScore: score, minScoreToApprove: 100, belowMinimumScore: true });
    expect(entries[1]!.detailPersonal).toMatchObject({ overrideReason: "Legal accepts the word for this campaign" });
  });

  it("checks an edit against the disclaimers of its product's category, as generation did", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const marketer = await createTestUser();
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: marketer.id, role: "marketer" });
    const { fjellId } = await setUpBrand(workspace.id, {
      requiredDisclaimers: [
        { channel: "google-rsa", language: null, text: "Tested to EN 343.", categories: ["Jackets"] },
        { channel: "google-rsa", language: null, text: "Resoling on request.", categories: ["Boots"] },
      ],
    });
    const { assetId, generated } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId });
    const content = generated.content as GoogleRsa;
    const withoutNote = (text: string) => text.replace(/\s*Tested to EN 343\./g, "").trim() || "Field-tested for 500 hours in Sarek.";
    const edited: GoogleRsa = {
      ...content,
      headlines: content.headlines.map((headline) => ({ ...headline, text: withoutNote(headline.text) })),
      descriptions: content.descriptions.map((description) => ({ ...description, text: withoutNote(description.text) })),
    };

    signInAs(marketer.id);
    const live = await previewComplianceAction({ workspaceId: workspace.id, assetId, content: edited });
    const saved = await saveAssetEditAction({ workspaceId: workspace.id, assetId, baseVersion: 1, content: edited });
    const missing = saved?.data?.validation.issues.filter((issue) => issue.rule === "brand.disclaimer_missing").map((issue) => issue.message);
    // The jacket's note is required (Jackets), the boot's is not: the edit knows its product's category.
    expect(missing).toEqual([expect.stringContaining("Tested to EN 343.")]);
    for (const report of [live?.data?.compliance, saved?.data?.compliance]) {
      const disclaimers = report!.failing.filter((rule) => rule.ruleType === "disclaimer");
      expect(disclaimers.map((rule) => rule.message)).toEqual([expect.stringContaining("Tested to EN 343.")]);
    }
  });
});
