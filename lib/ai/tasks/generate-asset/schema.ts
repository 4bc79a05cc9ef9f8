import { ASSET_SCHEMAS, type AssetKind } from "@/lib/assets/schemas/asset";
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
};

export function assetOutputSchema<K extends AssetKind>(kind: K) {
  return ASSET_SCHEMAS[kind];
}

export function estimatedOutputTokens(kind: AssetKind): number {
  return kind === "seo-page" ? 2_500 : 1_200;
}
