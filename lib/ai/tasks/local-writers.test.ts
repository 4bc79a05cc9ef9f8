import { describe, expect, it } from "vitest";
import { generateText, Output } from "ai";
import { createLocalExtractiveModel } from "@/lib/ai/local-models/extractive/extractive-model";
import { ASSET_SCHEMAS } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { formatRetrievedContext } from "@/lib/knowledge/retrieve/context";
import { registerLocalAssetWriters } from "./register-local-writers";
import { briefFor, contextFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("registerLocalAssetWriters", () => {
  it("lets the local extractive model write a valid Google ad from a prompt with a brief and quoted sources", async () => {
    registerLocalAssetWriters();
    const brief = briefFor("google-rsa", "de");
    const sources = sourcesFor("de");
    const context = formatRetrievedContext(
      sources.map((source) => ({
        chunkId: source.id,
        sourceTitle: source.title,
        version: source.version ?? 1,
        sectionPath: source.section ? [source.section] : [],
        url: source.url,
        text: source.text,
        isFlagged: false,
      })),
    );
    const prompt = `<brief>${JSON.stringify(brief)}</brief>\n\n${context}\n\nWrite the google-rsa asset for this brief as JSON that matches the schema.`;
    const { output } = await generateText({
      model: createLocalExtractiveModel(),
      prompt,
      output: Output.object({ name: "google-rsa", schema: ASSET_SCHEMAS["google-rsa"] }),
    });
    expect(output.kind).toBe("google-rsa");
    expect(output.headlines.length).toBeGreaterThanOrEqual(8);
    expect(validateAsset(output, contextFor(brief, sources))).toEqual({ valid: true, issues: [], counts: { errors: 0, warnings: 0 } });
  });

  it("registers a writer under every asset kind", async () => {
    registerLocalAssetWriters();
    const model = createLocalExtractiveModel();
    for (const kind of ["seo-page", "meta-ad", "linkedin-ad"] as const) {
      const brief = briefFor(kind, "en");
      const context = formatRetrievedContext(sourcesFor("en").map((source) => ({ chunkId: source.id, sourceTitle: source.title, version: 1, sectionPath: [], url: source.url, text: source.text, isFlagged: false })));
      const { output } = await generateText({ model, prompt: `<brief>${JSON.stringify(brief)}</brief>\n${context}`, output: Output.object({ name: kind, schema: ASSET_SCHEMAS[kind] }) });
      expect(validateAsset(output, contextFor(brief, sourcesFor("en"))).valid).toBe(true);
    }
  });
});
