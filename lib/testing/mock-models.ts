import { APICallError } from "@ai-sdk/provider";
import type { LanguageModelV4GenerateResult } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";

/** A generate result carrying `text`, with usage, as a provider would return it. */
export function textResult(text: string, tokens = { input: 100, output: 20 }): LanguageModelV4GenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: {
      inputTokens: { total: tokens.input, noCache: tokens.input, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: tokens.output, text: tokens.output, reasoning: 0 },
    },
    warnings: [],
  };
}

export function apiError(statusCode: number): APICallError {
  return new APICallError({
    message: `HTTP ${statusCode} from the provider (secret-looking detail sk-123 that must not leak)`,
    url: "https://provider.example/v1/chat",
    requestBodyValues: {},
    statusCode,
    isRetryable: statusCode === 429 || statusCode >= 500,
  });
}

/** A mock model whose calls follow a script: each entry is a result, an error to throw, or "hang". */
export function scriptedModel(modelId: string, script: (LanguageModelV4GenerateResult | Error | "hang")[]) {
  let call = 0;
  return new MockLanguageModelV4({
    provider: modelId.split(":")[0],
    modelId,
    doGenerate: async (options) => {
      const step = script[Math.min(call++, script.length - 1)]!;
      if (step === "hang") {
        return new Promise((_, reject) => options.abortSignal?.addEventListener("abort", () => reject(options.abortSignal!.reason)));
      }
      if (step instanceof Error) throw step;
      return step;
    },
  });
}
