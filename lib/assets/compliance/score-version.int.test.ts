import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assetVersions, knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { useTestModels } from "@/lib/testing/routed-models";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import type { Asset } from "@/lib/assets/schemas/asset";
import { scoreAssetVersion } from "./score-version";

const VERDICT = { checks: [{ id: "tone_matches_guide", label: "Calm tone", passed: true, reason: "Calm throughout." }] };

/** A generated draft and a hosted judge; `mark` changes the cited chunks' sensitivity before scoring. */
async function scoreWithHostedJudge(mark: "none" | "personal_data" | "confidential") {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const author = await createTestUser();
  const { fjellId } = await setUpBrand(workspace.id);
  const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: author.id, productSourceId: fjellId });
  const [row] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, 1)));
  if (mark === "personal_data") await db.update(knowledgeChunks).set({ holdsPersonalData: true }).where(eq(knowledgeChunks.workspaceId, workspace.id));
  if (mark === "confidential") await db.update(knowledgeSources).set({ classification: "confidential" }).where(eq(knowledgeSources.workspaceId, workspace.id));
  const judge = scriptedModel("ext:judge", [textResult(JSON.stringify(VERDICT))]);
  useTestModels({ tasks: ["judge"], catalog: [mockCatalogEntry("ext:judge")], configuredProviders: new Set(["ext"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveLanguageModel: () => judge });
  const report = await scoreAssetVersion(db, { workspaceId: workspace.id, userId: author.id, asset: row!.content as Asset, validation: row!.validation, brandRules: EMPTY_BRAND_RULES, judge: "routed" });
  return { report, hostedCalls: judge.doGenerateCalls.length };
}

describe("scoring a version: the judge routes like the generation it judges", () => {
  it("copy citing ordinary public sources goes to the hosted judge", async () => {
    const { report, hostedCalls } = await scoreWithHostedJudge("none");
    expect(hostedCalls).toBe(1);
    expect(report.judgedBy).toBe("ext:judge");
  });

  it("copy citing a chunk that holds personal data stays local: the heuristic judge answers, the hosted one is never called", async () => {
    const { report, hostedCalls } = await scoreWithHostedJudge("personal_data");
    expect(hostedCalls).toBe(0);
    expect(report.judgedBy).toBe(LOCAL_JUDGE_ID);
  });

  it("copy citing a confidential source stays local", async () => {
    const { report, hostedCalls } = await scoreWithHostedJudge("confidential");
    expect(hostedCalls).toBe(0);
    expect(report.judgedBy).toBe(LOCAL_JUDGE_ID);
  });
});
