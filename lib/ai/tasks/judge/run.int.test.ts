import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { promptTextOf } from "@/lib/testing/asset-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "../../routing/circuit-breaker";
import { LOCAL_JUDGE_ID } from "./local-judge";
import { runJudge } from "./run";
import { JudgeInputSchema } from "./schema";

const INPUT = JudgeInputSchema.parse({
  language: "de",
  fields: [{ path: "headline.text", label: "Headline", text: "Hol dir die Fjell Jacke!" }],
  guidePassages: ["Wir siezen unsere Kundschaft und bleiben ruhig im Ton."],
  toneNotes: "Ruhig, sachlich.",
  formality: "sie",
});

async function judgeWith(model: ReturnType<typeof scriptedModel> | null) {
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  useTestModels({
    tasks: ["judge"],
    catalog: model ? [mockCatalogEntry("ext:judge")] : [],
    configuredProviders: new Set(["ext"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveLanguageModel: () => model!,
  });
  return runJudge(await getDb(), { workspaceId: workspace.id, userId: user.id, input: INPUT });
}

describe("judge task through the router", () => {
  it("a hosted model judges voice and tone against the guide passages, with reasons", async () => {
    const verdict = { checks: [{ id: "tone_matches_guide", label: "Calm tone", passed: false, reason: 'The guide asks for a calm tone; "Hol dir" is pushy.' }] };
    const model = scriptedModel("ext:judge", [textResult(JSON.stringify(verdict))]);
    const result = await judgeWith(model);
    expect(result).toEqual({ ...verdict, judgedBy: "ext:judge", fallbackReason: null });
    const prompt = promptTextOf(model.doGenerateCalls[0]!);
    expect(prompt).toContain("Wir siezen unsere Kundschaft");
    expect(prompt).toContain("Hol dir die Fjell Jacke!");
    expect(prompt).toContain("judge@1");
  });

  it("with no model that may judge, the local heuristic judge answers, and says why", async () => {
    const result = await judgeWith(null);
    expect(result.judgedBy).toBe(LOCAL_JUDGE_ID);
    expect(result.fallbackReason).toMatch(/No model is available/);
    expect(result.checks.find((check) => check.id === "formality")).toMatchObject({ passed: false });
  });

  it("an unusable answer from the hosted model falls back to the heuristic judge instead of failing the save", async () => {
    const model = scriptedModel("ext:judge", [textResult("not json")]);
    const result = await judgeWith(model);
    expect(result.judgedBy).toBe(LOCAL_JUDGE_ID);
    expect(result.checks.map((check) => check.id)).toEqual(expect.arrayContaining(["formality", "exclamation", "all_caps"]));
  });
});
