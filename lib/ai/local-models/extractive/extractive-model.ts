import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4GenerateResult, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { countTokens } from "@/lib/rag/text/tokenize";
import { writeExtractiveAnswer } from "./answer-writer";
import { readPrompt } from "./read-prompt";
import { UnsupportedOutputError, type StructuredWriters } from "./structured-writers";

export const LOCAL_EXTRACTIVE_MODEL_ID = "extractive-v1";
/** Stream pieces of this many characters: enough to show progress, few enough to stay cheap. */
const STREAM_PIECE_CHARS = 48;

function generateOutput(options: LanguageModelV4CallOptions, writers: StructuredWriters): string {
  const input = readPrompt(options.prompt);
  if (options.responseFormat?.type === "json") {
    const name = options.responseFormat.name;
    const writer = name && Object.hasOwn(writers, name) ? writers[name] : undefined;
    if (!writer) throw new UnsupportedOutputError(options.responseFormat.name);
    return JSON.stringify(writer(input, options.responseFormat.schema));
  }
  return writeExtractiveAnswer(input);
}

function usageFor(options: LanguageModelV4CallOptions, output: string): LanguageModelV4GenerateResult["usage"] {
  const promptText = options.prompt.map((m) => (typeof m.content === "string" ? m.content : m.content.map((p) => ("text" in p ? p.text : "")).join(" "))).join("\n");
  const input = countTokens(promptText);
  const outputTokens = countTokens(output);
  return { inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 } };
}

/**
 * The built-in generator: a deterministic model behind the AI SDK's language-model interface
 * that only recombines sentences and facts from the quoted sources in its prompt (no vocabulary
 * of its own beyond fixed templates). It lets the whole product work with no provider key, and
 * the UI labels its output "local extractive model" so nobody takes it for a generative one.
 *
 * Text prompts get an extractive answer with source ids; structured outputs are written by the
 * writer given for the output's name (structured-writers.ts); with none, it writes no structured output.
 */
export function createLocalExtractiveModel(options: { writers?: StructuredWriters } = {}): LanguageModelV4 {
  const writers = options.writers ?? {};
  return {
    specificationVersion: "v4",
    provider: "local",
    modelId: LOCAL_EXTRACTIVE_MODEL_ID,
    supportedUrls: {},
    async doGenerate(options) {
      options.abortSignal?.throwIfAborted();
      const text = generateOutput(options, writers);
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: usageFor(options, text),
        providerMetadata: { local: { extractive: true } },
        warnings: [],
      };
    },
    async doStream(options) {
      options.abortSignal?.throwIfAborted();
      const text = generateOutput(options, writers);
      const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }, { type: "text-start", id: "t0" }];
      for (let start = 0; start < text.length; start += STREAM_PIECE_CHARS) {
        parts.push({ type: "text-delta", id: "t0", delta: text.slice(start, start + STREAM_PIECE_CHARS) });
      }
      parts.push({ type: "text-end", id: "t0" });
      parts.push({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usageFor(options, text), providerMetadata: { local: { extractive: true } } });
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}
