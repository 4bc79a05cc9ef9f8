import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { formatRetrievedContext } from "@/lib/knowledge/retrieve/context";
import { briefElement } from "../generate-asset/prompt";

export type RewriteFieldTarget = { path: string; label: string; currentText: string; max: number | null };

/**
 * The asset's brief with the field to rewrite (its path, current text and limit), the same
 * sources, and the request. The instructions are the generate-asset task's for the asset kind.
 */
export function buildRewriteFieldPrompt(options: { kind: AssetKind; promptBrief: PromptBrief; chunks: RetrievedChunk[]; field: RewriteFieldTarget }): string {
  const { kind, field } = options;
  return [
    briefElement({ ...options.promptBrief, field } as typeof options.promptBrief),
    formatRetrievedContext(options.chunks),
    `Rewrite the field ${field.path} of the ${kind} asset. Current text: "${field.currentText}". Write a different text${field.max ? ` of at most ${field.max} characters` : ""} that rests only on the sources, and cite them.`,
  ].join("\n\n");
}
