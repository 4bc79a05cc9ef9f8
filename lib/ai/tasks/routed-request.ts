import "server-only";
import { generateText, Output, type ModelMessage } from "ai";
import type { z } from "zod";
import type { Database } from "@/lib/db/types";
import { countTokens } from "@/lib/rag/text/tokenize";
import { holdsPersonalData } from "@/lib/privacy/pii/redact";
import type { ModelUsage, RoutedAttempt, RoutedCall } from "../router";
import type { Task } from "../routing/policy";

/**
 * What a task says about one model call. Everything else (rate limit, budget, policy, model
 * choice, retries, fallback, cache, telemetry named `brandpilot.<task>`, the call record) is the
 * router's; tasks never pick a model.
 */
export type TaskRequest<T> = {
  db: Database;
  workspaceId: string;
  userId: string | null;
  task: Task;
  /** Background work (batch jobs): recorded for the user, not rate-limited as their clicks. */
  isBackground?: boolean;
  /** The caller's request signal: a client that goes away ends the call as `aborted`. */
  abortSignal?: AbortSignal;
  instructions: string;
  prompt: string | ModelMessage[];
  /** Texts counted for the input estimate; default: the instructions and the prompt. */
  estimateFrom?: string[];
  estimatedOutputTokens: number;
  /** The prompt quotes confidential sources: only local or self-hosted models may see it. */
  usesConfidentialContext?: boolean;
  /** Default: the instructions and prompt are scanned, and any residual personal data keeps the call local. */
  containsUnredactedPersonalData?: boolean;
  /**
   * The prompt quotes passages of chunks marked at ingestion as holding personal data: local or
   * self-hosted only, whatever the prompt scan finds (added to it, never replacing it).
   */
  quotesPersonalData?: boolean;
  /** The response cache policy (see RoutedCall["cache"]); false when a call must reach the model. */
  cache: RoutedCall<T>["cache"];
  /** One attempt on one model; default for single-turn tasks: `generateOnce` with `output`. */
  run: RoutedCall<T>["run"];
};

/** The one place a task's request becomes a routed call (`routeModelCall(routedRequest(...))`). */
export function routedRequest<T>(request: TaskRequest<T>): RoutedCall<T> {
  const promptText = typeof request.prompt === "string" ? request.prompt : request.prompt.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
  const estimateFrom = request.estimateFrom ?? [request.instructions, promptText];
  return {
    db: request.db,
    workspaceId: request.workspaceId,
    userId: request.userId,
    skipUserRateLimit: request.isBackground ?? false,
    abortSignal: request.abortSignal,
    task: request.task,
    request: {
      estimatedInputTokens: estimateFrom.reduce((sum, text) => sum + countTokens(text), 0),
      estimatedOutputTokens: request.estimatedOutputTokens,
      // Every task redacts personal data before it builds its prompt; what still scores as
      // personal data after that (a name the recognizers were unsure of, a quoted source that
      // holds personal data) keeps the call on local or self-hosted models.
      containsUnredactedPersonalData:
        request.quotesPersonalData === true || (request.containsUnredactedPersonalData ?? holdsPersonalData(`${request.instructions}\n${promptText}`)),
      usesConfidentialContext: request.usesConfidentialContext ?? false,
    },
    cache: request.cache,
    run: request.run,
  };
}

export function usageOf(usage: { inputTokens?: number; outputTokens?: number }): ModelUsage {
  return { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 };
}

/** A single-turn text answer on the attempt's model. */
export async function generateTextOnce(attempt: RoutedAttempt, options: { instructions: string; prompt: string }) {
  const result = await generateText({ model: attempt.model, instructions: options.instructions, prompt: options.prompt, abortSignal: attempt.signal, maxRetries: 0, telemetry: attempt.telemetry });
  return { value: result.text, usage: usageOf(result.usage) };
}

/**
 * A single-turn structured answer on the attempt's model. `name` is the output name: hosted
 * models see it with the schema, and the local extractive model picks its writer by it.
 */
export async function generateObjectOnce<S extends z.ZodType>(attempt: RoutedAttempt, options: { instructions: string; prompt: string; name: string; schema: S }) {
  const result = await generateText({
    model: attempt.model,
    instructions: options.instructions,
    prompt: options.prompt,
    output: Output.object({ name: options.name, schema: options.schema }),
    abortSignal: attempt.signal,
    maxRetries: 0,
    telemetry: attempt.telemetry,
  });
  return { value: result.output as z.infer<S>, usage: usageOf(result.usage) };
}
