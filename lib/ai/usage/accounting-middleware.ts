import type { LanguageModelV4Middleware, LanguageModelV4Prompt, LanguageModelV4StreamPart, LanguageModelV4Usage } from "@ai-sdk/provider";
import type { SentPayload } from "@/lib/db/schema/model-call-payloads";
import { estimatePromptTokens, estimateTokens } from "./estimate-tokens";

/** One request that reached a model (not the response cache), as the router records it. */
export type SentRequest = SentPayload & {
  /** True when the provider reported no usage and the figures below are estimated. */
  usageEstimated: boolean;
  inputTokens: number;
  outputTokens: number;
};

/** The prompt as sent, flattened to role + text (files and tool parts named, not embedded). */
export function flattenPrompt(prompt: LanguageModelV4Prompt): SentPayload["messages"] {
  return prompt.map((message) => {
    if (message.role === "system") return { role: "system", text: message.content };
    const text = message.content
      .map((part) => {
        switch (part.type) {
          case "text":
          case "reasoning":
            return part.text;
          case "file":
            return `[file: ${part.mediaType}]`;
          case "tool-call":
            return `[tool call ${part.toolName}: ${JSON.stringify(part.input)}]`;
          case "tool-result":
            return `[tool result ${part.toolName}: ${JSON.stringify(part.output)}]`;
          default:
            return `[${part.type}]`;
        }
      })
      .join("\n");
    return { role: message.role, text };
  });
}

const isCount = (value: number | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

/**
 * Fills in usage a provider left out (estimate-tokens.ts), so every consumer downstream (the
 * repair loop, wasted-usage accounting, the router's budget) sees a count instead of zero.
 */
function completeUsage(usage: LanguageModelV4Usage | undefined, request: SentRequest, outputText: string): LanguageModelV4Usage {
  const input = usage?.inputTokens.total;
  const output = usage?.outputTokens.total;
  const inputTokens = isCount(input) ? input : estimatePromptTokens(request.messages);
  const outputTokens = isCount(output) ? output : estimateTokens(outputText);
  request.usageEstimated = !isCount(input) || !isCount(output);
  request.inputTokens = inputTokens;
  request.outputTokens = outputTokens;
  if (!request.usageEstimated && usage) return usage;
  return {
    ...(usage ?? {}),
    inputTokens: { ...(usage?.inputTokens ?? { noCache: undefined, cacheRead: undefined, cacheWrite: undefined }), total: inputTokens },
    outputTokens: { ...(usage?.outputTokens ?? { text: undefined, reasoning: undefined }), total: outputTokens },
  } as LanguageModelV4Usage;
}

/**
 * Innermost middleware on every routed language model (below the response cache, so a cache
 * hit never counts as a request that left the server): records each request as sent, for the
 * privacy note and the admins' "what leaves" view, and completes missing usage with an estimate.
 * The built-in local models are recorded (the note says they wrote the result) but never
 * estimated: they are outside budgets.
 */
export function createAccountingMiddleware(options: { modelId: string; hosting: string; onRequest: (request: SentRequest) => void }): LanguageModelV4Middleware {
  const start = (prompt: LanguageModelV4Prompt): SentRequest => {
    const request: SentRequest = { modelId: options.modelId, hosting: options.hosting, messages: flattenPrompt(prompt), usageEstimated: false, inputTokens: 0, outputTokens: 0 };
    options.onRequest(request);
    return request;
  };
  const isLocal = options.hosting === "local";
  return {
    specificationVersion: "v4",
    async wrapGenerate({ doGenerate, params }) {
      const request = start(params.prompt);
      const result = await doGenerate();
      if (isLocal) return result;
      const text = result.content.map((part) => (part.type === "text" || part.type === "reasoning" ? part.text : part.type === "tool-call" ? part.input : "")).join("");
      return { ...result, usage: completeUsage(result.usage, request, text) };
    },
    async wrapStream({ doStream, params }) {
      const request = start(params.prompt);
      const { stream, ...rest } = await doStream();
      if (isLocal) return { stream, ...rest };
      let text = "";
      const counter = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          if (part.type === "text-delta" || part.type === "reasoning-delta") text += part.delta;
          else if (part.type === "tool-input-delta") text += part.delta;
          if (part.type === "finish") controller.enqueue({ ...part, usage: completeUsage(part.usage, request, text) });
          else controller.enqueue(part);
        },
      });
      return { stream: stream.pipeThrough(counter), ...rest };
    },
  };
}
