import type { z } from "zod";
import { ASSET_SCHEMAS, type Asset, type AssetKind } from "@/lib/assets/schemas/asset";
import { OmissionsSchema, type Omission } from "@/lib/assets/schemas/omission";
import type { Task } from "../../routing/policy";

/**
 * The generate-asset task's contract: the output schema per asset kind (lib/assets/schemas, the
 * one zod source of truth, also used to validate before storing and when rendering), the output
 * name (the kind, which the local extractive model's writers are keyed by) and the routing task.
 */
export const TASK_FOR_KIND: Record<AssetKind, Task> = {
  "seo-page": "seo-asset",
  "google-rsa": "ad-variants",
  "meta-ad": "ad-variants",
  "linkedin-ad": "ad-variants",
  "merchant-feed": "ad-variants",
};

/**
 * The asset kind's schema plus `omissions`: what the model left out of the brief and why. The
 * omissions travel with the output (one structured call) but are stored beside the content,
 * never in it (splitOmissions), so exports, validation and edits see the asset alone.
 */
export function assetOutputSchema(kind: AssetKind) {
  const schema = ASSET_SCHEMAS[kind] as z.ZodObject<z.ZodRawShape>;
  return schema.extend({ omissions: OmissionsSchema });
}

/**
 * A model that forgets `omissions` still wrote a usable asset: the list is read as empty rather
 * than failing the output (and the brief's own check in generateAsset still adds what it knows).
 */
export function withOmissionsDefault(output: unknown): unknown {
  if (output && typeof output === "object" && !Array.isArray(output) && !("omissions" in output)) return { ...output, omissions: [] };
  return output;
}

/** The validated output split into the asset and its omissions. */
export function splitOmissions(output: Record<string, unknown>): { content: Asset; omissions: Omission[] } {
  const { omissions, ...content } = output as { omissions?: Omission[] } & Record<string, unknown>;
  return { content: content as Asset, omissions: omissions ?? [] };
}

export function estimatedOutputTokens(kind: AssetKind): number {
  // A feed description may run to 5,000 characters.
  return kind === "seo-page" ? 2_500 : kind === "merchant-feed" ? 2_000 : 1_200;
}
