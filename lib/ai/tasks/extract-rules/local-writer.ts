import type { StructuredWriter } from "@/lib/ai/local-models/extractive/structured-writers";
import { extractRulesLocally } from "@/lib/brand-rules/extract/extract-rules-locally";
import { EXTRACT_RULES_OUTPUT, toExtractedRule, type ExtractRulesOutput } from "./schema";

function briefLanguage(brief: unknown): "de" | "en" | null {
  const language = typeof brief === "object" && brief !== null ? (brief as { language?: unknown }).language : null;
  return language === "de" || language === "en" ? language : null;
}

/** The extract-rules task's local writer: the heuristic extractor over the quoted guide. */
export function extractRulesLocalWriters(): Record<typeof EXTRACT_RULES_OUTPUT, StructuredWriter> {
  return {
    [EXTRACT_RULES_OUTPUT]: (input): ExtractRulesOutput => {
      const guide = input.sources.map((source) => source.text).join("\n\n");
      return { rules: extractRulesLocally(guide, { language: briefLanguage(input.brief) }).map(toExtractedRule) };
    },
  };
}
