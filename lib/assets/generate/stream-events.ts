import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import type { PublicError } from "@/lib/errors";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

/**
 * The generation stream's events, one JSON object per line (NDJSON): partial objects while a
 * model writes, then the validated, saved result per channel, or an error for that channel.
 */
export type GenerationEvent =
  | { type: "start"; kind: AssetKind }
  | { type: "partial"; kind: AssetKind; content: unknown }
  | {
      type: "result";
      kind: AssetKind;
      assetId: string;
      version: number;
      content: unknown;
      validation: ValidationReport;
      sources: SourcePassage[];
      model: string | null;
      isLocalExtractive: boolean;
      isBestEffort: boolean;
    }
  | { type: "error"; kind: AssetKind; error: PublicError }
  | { type: "done" };
