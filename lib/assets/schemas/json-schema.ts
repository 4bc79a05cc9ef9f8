import { z } from "zod";
import { ASSET_SCHEMAS, type AssetKind } from "./asset";

export type AssetJsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * JSON Schema for one asset kind, for structured output. Per kind rather than for the union
 * because OpenAI's strict mode needs an object at the root, not an anyOf. The zod schemas use
 * `.nullable()` instead of `.optional()`, so every property lands in `required` and objects get
 * `additionalProperties: false`, as strict mode demands.
 */
export function assetJsonSchema(kind: AssetKind): AssetJsonSchema {
  return z.toJSONSchema(ASSET_SCHEMAS[kind]);
}
