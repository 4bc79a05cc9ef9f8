/**
 * Token estimate for calls whose provider reported no usage (some OpenAI-compatible servers send
 * no usage chunk even when asked). Not a tokenizer: BPE vocabularies differ per model, and a
 * dependency per provider would be heavier than the error it removes. The rule:
 *
 *   tokens ≈ max(ceil(characters / 4), ceil(words × 4 / 3))
 *
 * ~4 characters per token is OpenAI's published rule of thumb for English; ~¾ of a word per
 * token its counterpart. Taking the larger keeps short-word text (English) and long compounds or
 * digits (German, SKUs, prices), which split into more pieces, from being under-counted. Chat
 * formatting adds about 4 tokens per message. Estimates are marked (`model_calls.usage_estimated`)
 * and counted against budgets like reported usage: an unknown count must not read as free.
 */
export const CHARS_PER_TOKEN = 4;
export const TOKENS_PER_WORD = 4 / 3;
export const TOKENS_PER_MESSAGE = 4;

export function estimateTokens(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  const words = trimmed.split(/\s+/u).length;
  return Math.max(Math.ceil([...trimmed].length / CHARS_PER_TOKEN), Math.ceil(words * TOKENS_PER_WORD));
}

/** Input estimate for a chat prompt: every message's text plus the per-message overhead. */
export function estimatePromptTokens(messages: readonly { text: string }[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + estimateTokens(message.text), 0);
}
