import { describe, expect, it } from "vitest";
import { generateText, Output, streamText } from "ai";
import { z } from "zod";
import { formatRetrievedContext } from "@/lib/knowledge/retrieve/context";
import { createLocalExtractiveModel } from "./extractive-model";
import { NO_ANSWER } from "./answer-writer";

const context = formatRetrievedContext([
  {
    chunkId: "chk_membrane",
    sourceTitle: "Fjell Jacket",
    version: 2,
    sectionPath: ["Materials"],
    url: "https://nordlicht.example/fjell",
    text: "The Fjell jacket uses a three-layer membrane with 20,000 mm water column. It weighs 420 g.",
    isFlagged: false,
  },
  {
    chunkId: "chk_care",
    sourceTitle: "Care guide",
    version: 1,
    sectionPath: [],
    url: null,
    text: "Wash at 30 °C & reproof <b>after</b> ten washes. Store it loosely.",
    isFlagged: false,
  },
]);

describe("local extractive model", () => {
  const model = createLocalExtractiveModel();

  it("answers with sentences taken verbatim from the sources, each with its source id", async () => {
    const { text, usage } = await generateText({ model, prompt: `${context}\n\nQuestion: How much water column does the membrane hold?` });
    expect(text).toBe("The Fjell jacket uses a three-layer membrane with 20,000 mm water column. [chk_membrane]");
    expect(usage.inputTokens).toBeGreaterThan(0);
  });

  it("reads escaped source text back as written", async () => {
    const { text } = await generateText({ model, prompt: `${context}\n\nQuestion: At what temperature should I wash and reproof it?` });
    expect(text).toContain("Wash at 30 °C & reproof <b>after</b> ten washes. [chk_care]");
  });

  it("says the sources do not answer instead of inventing one", async () => {
    const english = await generateText({ model, prompt: `${context}\n\nQuestion: Which football club sponsors the brand?` });
    expect(english.text).toBe(NO_ANSWER.en);
    const german = await generateText({ model, prompt: `${context}\n\nFrage: Welcher Fußballverein wird von der Marke gesponsert?` });
    expect(german.text).toBe(NO_ANSWER.de);
  });

  it("writes structured output through the writer given for the output name", async () => {
    const withWriter = createLocalExtractiveModel({ writers: { "test-facts": (input) => ({ ids: input.sources.map((s) => s.id), brief: input.brief }) } });
    const { output } = await generateText({
      model: withWriter,
      prompt: `<brief>{"product":"Fjell"}</brief>\n${context}`,
      output: Output.object({ name: "test-facts", schema: z.object({ ids: z.array(z.string()), brief: z.object({ product: z.string() }) }) }),
    });
    expect(output).toEqual({ ids: ["chk_membrane", "chk_care"], brief: { product: "Fjell" } });
  });

  it("refuses an output it has no writer for, so the router falls back", async () => {
    await expect(
      generateText({ model, prompt: context, output: Output.object({ name: "unknown-output", schema: z.object({ x: z.string() }) }), maxRetries: 0 }),
    ).rejects.toThrow(/cannot write "unknown-output"/);
  });

  it("streams the same text in several pieces", async () => {
    const prompt = `${context}\n\nQuestion: How heavy is the Fjell jacket and what membrane does it use?`;
    const deltas: string[] = [];
    for await (const delta of streamText({ model, prompt }).textStream) deltas.push(delta);
    const { text } = await generateText({ model, prompt });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(text);
  });
});
