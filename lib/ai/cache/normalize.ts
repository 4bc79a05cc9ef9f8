import { createHash } from "node:crypto";
import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { canonicalJson } from "@/lib/audit/hash";

/** The prompt's text, whitespace collapsed: what a "same request" comparison should look at. */
export function promptText(params: LanguageModelV4CallOptions): string {
  return params.prompt
    .map((message) => {
      const parts = typeof message.content === "string" ? [message.content] : message.content.map((part) => ("text" in part ? String(part.text) : canonicalJson(part)));
      return `${message.role}: ${parts.join(" ")}`;
    })
    .join("\n")
    .replace(/\s+/g, " ")
    .trim();
}

/** Everything that changes the answer besides the prompt: output schema and sampling settings. */
export function requestSettings(params: LanguageModelV4CallOptions) {
  return {
    responseFormat: params.responseFormat ?? null,
    temperature: params.temperature ?? null,
    topP: params.topP ?? null,
    maxOutputTokens: params.maxOutputTokens ?? null,
    stopSequences: params.stopSequences ?? null,
    tools: params.tools ?? null,
  };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function exactCacheKey(model: { provider: string; modelId: string }, params: LanguageModelV4CallOptions): string {
  return sha256(canonicalJson({ provider: model.provider, model: model.modelId, prompt: promptText(params), settings: requestSettings(params) }));
}

/** Semantic entries are model-independent but must agree on the settings (the output schema above all). */
export function semanticSettingsKey(params: LanguageModelV4CallOptions): string {
  return sha256(canonicalJson(requestSettings(params)));
}
