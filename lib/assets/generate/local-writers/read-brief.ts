import { z } from "zod";
import { PromptBriefSchema, type PromptBrief } from "@/lib/assets/generate/brief";
import type { AssetKind } from "@/lib/assets/schemas/asset";

/**
 * The writers take their subject, landing page, languages and brand rules from the brief, not
 * from the free-text request: without it they would have to guess, so a missing or malformed
 * brief is a caller bug and fails loudly instead of producing an asset about nothing.
 */
export function readPromptBrief(brief: unknown, kind: AssetKind): PromptBrief {
  if (brief === null || brief === undefined) {
    throw new Error(`The local ${kind} writer needs the machine-readable brief in a <brief> element of the prompt; the prompt has none (or it is not valid JSON).`);
  }
  const parsed = PromptBriefSchema.safeParse(brief);
  if (!parsed.success) {
    throw new Error(`The local ${kind} writer got an invalid brief:\n${z.prettifyError(parsed.error)}`);
  }
  if (parsed.data.kind !== kind) {
    throw new Error(`The local ${kind} writer got a brief for "${parsed.data.kind}"; the output name and the brief must name the same asset kind.`);
  }
  return parsed.data;
}
