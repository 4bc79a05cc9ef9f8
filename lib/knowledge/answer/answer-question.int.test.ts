import { describe, expect, it } from "vitest";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { getDb } from "@/lib/db/client";
import type { CatalogEntry } from "@/lib/ai/catalog";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { answerQuestion } from "./answer-question";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";

const entry = (id: string, hosting: CatalogEntry["hosting"]) =>
  mockCatalogEntry(id, { hosting, pricePerMillion: { input: 1, output: 1 }, quality: hosting === "external" ? "premium" : "standard" });

async function setup(classification: "internal" | "confidential") {
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  await addTextSource(workspace.id, "# Promise\n\nEvery Nordlicht jacket is field-tested for 500 hours in Sarek.", { title: "Guide", classification });
  await runIngestion(workspace.id);
  return { workspace, user };
}

describe("answering from the knowledge base", () => {
  it("answers with citations, and no personal data reaches the model", async () => {
    const { workspace, user } = await setup("internal");
    let chunkId = "";
    let sent = "";
    const external = scriptedModel("ext:model", [textResult("pending")]);
    external.doGenerate = async (options) => {
      sent = JSON.stringify(options.prompt);
      chunkId = JSON.stringify(options.prompt).match(/id=\\"(chk_[A-Za-z0-9_-]+)\\"/)![1]!;
      return textResult(`Every jacket is tested for 500 hours [${chunkId}].`);
    };
    useTestModels({
      tasks: ["answer-question"],
      catalog: [entry("ext:model", "external")],
      configuredProviders: new Set(["ext"]),
      breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
      resolveLanguageModel: () => external,
    });
    const answer = await answerQuestion(await getDb(), {
      workspaceId: workspace.id,
      userId: user.id,
      role: "marketer",
      question: "How long are jackets tested? Reply to anna.schmidt@example.de",
    });
    expect(answer).toMatchObject({ model: "ext:model", redactions: { email: 1 }, citations: [{ chunkId, sourceId: expect.any(String), sourceTitle: "Guide", version: 1 }] });
    expect(sent).not.toContain("anna.schmidt");
    expect(sent).toContain("[EMAIL_1]");
    expect(sent).toContain("<sources>");
  });

  it("keeps confidential context on self-hosted models", async () => {
    const { workspace, user } = await setup("confidential");
    const external = scriptedModel("ext:model", [textResult("external answer")]);
    const own = scriptedModel("own:model", [textResult("self-hosted answer")]);
    useTestModels({
      tasks: ["answer-question"],
      catalog: [entry("ext:model", "external"), entry("own:model", "self-hosted")],
      configuredProviders: new Set(["ext", "own"]),
      breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
      resolveLanguageModel: (e) => (e.id === "ext:model" ? external : own),
    });
    const answer = await answerQuestion(await getDb(), {
      workspaceId: workspace.id,
      userId: user.id,
      role: "editor",
      question: "How long are jackets tested?",
    });
    expect(answer.model).toBe("own:model");
    expect(external.doGenerateCalls).toHaveLength(0);
  });

  it("answers 'unavailable' in a sentence when no model may answer", async () => {
    const { workspace, user } = await setup("internal");
    useTestModels({ tasks: ["answer-question"], catalog: [], configuredProviders: new Set(["local"]) });
    await expect(
      answerQuestion(await getDb(), {
        workspaceId: workspace.id,
        userId: user.id,
        role: "marketer",
        question: "How long are jackets tested?",
      }),
    ).rejects.toMatchObject({ code: "unavailable", message: expect.stringContaining("No model is available") });
  });

  it("answers with no provider key through the built-in extractive model, quoting and citing a source", async () => {
    const { workspace, user } = await setup("confidential");
    const answer = await answerQuestion(await getDb(), { workspaceId: workspace.id, userId: user.id, role: "admin", question: "How many hours is every jacket field-tested?" });
    expect(answer.model).toBe("local:extractive-v1");
    expect(answer.answer).toMatch(/^Every Nordlicht jacket is field-tested for 500 hours in Sarek\. \[chk_[A-Za-z0-9_-]+\]$/);
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.sourceTitle).toBe("Guide");
  });

  it("answers from an internal note, labelled as one in the citation and in the prompt", async () => {
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await addTextSource(workspace.id, "# Launch\n\nThe autumn launch moves to 14 October because the fabric arrives late.", { title: "Team notes", kind: "internal_note" });
    await addTextSource(workspace.id, "# Shipping\n\nWe ship within two working days across the EU.", { title: "Shipping", kind: "policy" });
    await runIngestion(workspace.id);
    let sent = "";
    const external = scriptedModel("ext:model", [textResult("pending")]);
    external.doGenerate = async (options) => {
      sent = JSON.stringify(options.prompt);
      const noteId = sent.match(/id=\\"(chk_[A-Za-z0-9_-]+)\\" title=\\"Team notes\\"/)![1]!;
      return textResult(`According to an internal note, the launch moves to 14 October [${noteId}].`);
    };
    useTestModels({
      tasks: ["answer-question"],
      catalog: [entry("ext:model", "external")],
      configuredProviders: new Set(["ext"]),
      breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
      resolveLanguageModel: () => external,
    });
    const answer = await answerQuestion(await getDb(), { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "When is the autumn launch?" });
    expect(sent).toContain('role=\\"internal note, not for publication\\"');
    expect(answer.citations).toEqual([expect.objectContaining({ sourceTitle: "Team notes", role: "internal_note", isInternalNote: true })]);
  });
});
