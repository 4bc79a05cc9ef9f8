import { describe, expect, it } from "vitest";
import { generateText, Output } from "ai";
import { createLocalExtractiveModel } from "@/lib/ai/local-models/extractive/extractive-model";
import { ASSET_KINDS, ASSET_SCHEMAS } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { formatRetrievedContext } from "@/lib/knowledge/retrieve/context";
import { localTaskWriters } from "./local-writers";
import { REWRITE_FIELD_OUTPUT } from "./rewrite-field/schema";
import { JUDGE_OUTPUT } from "./judge/schema";
import { buildExtractRulesPrompt } from "./extract-rules/prompt";
import { EXTRACT_RULES_OUTPUT, ExtractRulesOutputSchema, toRuleProposals } from "./extract-rules/schema";
import { GERMAN_GUIDE, GERMAN_GUIDE_RULES } from "@/lib/testing/brand-guides";
import { briefFor, contextFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("local task writers", () => {
  it("lists a writer for every asset kind, rewrite-field, extract-rules and the heuristic judge", () => {
    expect(Object.keys(localTaskWriters()).sort()).toEqual([...ASSET_KINDS, REWRITE_FIELD_OUTPUT, EXTRACT_RULES_OUTPUT, JUDGE_OUTPUT].sort());
  });

  it("lets the local extractive model propose the rules of a guide through the task's prompt and schema", async () => {
    const model = createLocalExtractiveModel({ writers: localTaskWriters() });
    const prompt = buildExtractRulesPrompt({ sourceId: "src_guide", title: "Brand guide", version: 1, language: "de", text: GERMAN_GUIDE });
    const result = await generateText({ model, prompt, output: Output.object({ name: EXTRACT_RULES_OUTPUT, schema: ExtractRulesOutputSchema }), maxRetries: 0 });
    const proposals = toRuleProposals(result.output);
    expect(proposals).toContainEqual({ type: "preferred_term", rule: { avoid: "Abenteuer", use: "Tour", language: "de" }, evidence: "- Tour statt Abenteuer" });
    expect(proposals.length).toBe(GERMAN_GUIDE_RULES.length);
  });

  it("are missing from an extractive model built without them, so the router falls back", async () => {
    const bare = createLocalExtractiveModel();
    const prompt = `<brief>${JSON.stringify(briefFor("google-rsa", "en"))}</brief>`;
    await expect(generateText({ model: bare, prompt, output: Output.object({ name: "google-rsa", schema: ASSET_SCHEMAS["google-rsa"] }), maxRetries: 0 })).rejects.toThrow(/cannot write "google-rsa"/);
  });

  it("lets the local extractive model write a valid Google ad from a prompt with a brief and quoted sources", async () => {
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
      model: createLocalExtractiveModel({ writers: localTaskWriters() }),
      prompt,
      output: Output.object({ name: "google-rsa", schema: ASSET_SCHEMAS["google-rsa"] }),
    });
    expect(output.kind).toBe("google-rsa");
    expect(output.headlines.length).toBeGreaterThanOrEqual(8);
    expect(validateAsset(output, contextFor(brief, sources))).toEqual({ valid: true, issues: [], counts: { errors: 0, warnings: 0 } });
  });

  it("registers a writer under every asset kind", async () => {
    const model = createLocalExtractiveModel({ writers: localTaskWriters() });
    for (const kind of ["seo-page", "meta-ad", "linkedin-ad", "email", "article", "merchant-feed"] as const) {
      const brief = briefFor(kind, "en");
      const context = formatRetrievedContext(sourcesFor("en").map((source) => ({ chunkId: source.id, sourceTitle: source.title, version: 1, sectionPath: [], url: source.url, text: source.text, isFlagged: false })));
      const { output } = await generateText({ model, prompt: `<brief>${JSON.stringify(brief)}</brief>\n${context}`, output: Output.object({ name: kind, schema: ASSET_SCHEMAS[kind] }) });
      expect(validateAsset(output, contextFor(brief, sourcesFor("en"))).valid).toBe(true);
    }
  });
});
