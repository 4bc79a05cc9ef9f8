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
  // Short structured copy like the ads: the same routing (structured output, modest context).
  email: "ad-variants",
  // Long-form search content, like the SEO page: the same routing policy and model choice.
  article: "seo-asset",
  // Short social copy from the same sources, with the same needs of a model as an ad.
  "linkedin-post": "ad-variants",
  "instagram-post": "ad-variants",
  "x-post": "ad-variants",
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
  // 2,000 words of German run to about 3,500 tokens; the JSON, citations and JSON-LD add the rest.
  if (kind === "article") return 6_000;
  // A feed description may run to 5,000 characters.
  if (kind === "merchant-feed") return 2_000;
  return kind === "seo-page" ? 2_500 : kind === "email" ? 1_800 : 1_200;
}
