import { describe, expect, it } from "vitest";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { getDb } from "@/lib/db/client";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";
import { describeModelUse } from "../../describe-model-use";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "../../routing/circuit-breaker";

async function answerWith(reply: (chunkId: string) => string) {
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  await addTextSource(workspace.id, "# Promise\n\nEvery Nordlicht jacket is field-tested for 500 hours in Sarek.", { title: "Guide", classification: "internal" });
  await runIngestion(workspace.id);
  const model = scriptedModel("ext:model", [textResult("pending")]);
  model.doGenerate = async (options) => textResult(reply(JSON.stringify(options.prompt).match(/id=\\"(chk_[A-Za-z0-9_-]+)\\"/)![1]!));
  useTestModels({
    tasks: ["answer-question"],
    catalog: [mockCatalogEntry("ext:model", { pricePerMillion: { input: 1, output: 1 } })],
    configuredProviders: new Set(["ext"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveLanguageModel: () => model,
  });
  return answerQuestion(await getDb(), { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "How long are jackets tested?" });
}

describe("knowledge answers: grounding and the privacy note", () => {
  it("marks an answer that cites no passage as not grounded", async () => {
    const answer = await answerWith(() => "Probably a long time.");
    expect(answer.citations).toEqual([]);
    expect(answer.grounded).toBe(false);
  });

  it("an answer with a citation is grounded and says what was sent to whom", async () => {
    const answer = await answerWith((chunkId) => `Every jacket is tested for 500 hours [${chunkId}].`);
    expect(answer.grounded).toBe(true);
    expect(answer.privacy.requests).toEqual([{ modelId: "ext:model", hosting: "external", count: 1 }]);
    expect(describeModelUse(answer.privacy)[1]).toBe("1 request was sent outside this server: 1 request to ext:model.");
  });
});
