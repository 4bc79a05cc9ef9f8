import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { SourcePassageSchema } from "@/lib/assets/schemas/source-passage";
import { OmissionSchema } from "@/lib/assets/schemas/omission";
import { ValidationReportSchema } from "@/lib/assets/validate/report-schema";
import { ERROR_CODES } from "@/lib/errors";
import { ModelDisclosureSchema } from "@/lib/ai/disclosure";
import { ComplianceReportSchema } from "@/lib/assets/compliance/types";

/**
 * The generation stream's events, one JSON object per line (NDJSON): partial objects while a
 * model writes, then the validated, saved result per asset kind, or an error for that kind.
 * The one contract for both sides: the route writes `GenerationEventInput`s
 * (stream-generation.ts) and the Generate page parses every line with `GenerationEventSchema`
 * (components/generate/parse-event.ts).
 */
const kind = z.enum(ASSET_KINDS);

export const GenerationEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), kind }),
  z.object({ type: z.literal("partial"), kind, content: z.unknown() }),
  z.object({
    type: z.literal("result"),
    kind,
    assetId: z.string(),
    version: z.number(),
    content: z.unknown(),
    validation: ValidationReportSchema,
    sources: z.array(SourcePassageSchema),
    model: z.string().nullable(),
    isLocalExtractive: z.boolean(),
    isBestEffort: z.boolean(),
    /** What the brief asked for that the asset leaves out, and why; empty for drafts saved before omissions. */
    omissions: z.array(OmissionSchema).catch([]).default([]),
    /** What was sent to whom for this result; null for drafts saved before it was recorded. */
    privacy: ModelDisclosureSchema.nullable().catch(null),
    /** The saved version's compliance score; null when it was saved before scores existed. */
    compliance: ComplianceReportSchema.optional().transform((report) => report ?? null),
  }),
  z.object({
    type: z.literal("error"),
    kind,
    // A code this page does not know yet still shows as an error with a sentence.
    // key + params let the page say it in the member's language (lib/errors.ts PublicError); the sentence stays English.
    error: z.object({
      code: z.enum(ERROR_CODES).catch("internal"),
      message: z.string().catch("This channel could not be generated."),
      key: z.string().optional().catch(undefined),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional().catch(undefined),
    }),
  }),
  z.object({ type: z.literal("done") }),
]);

/** An event as the page reads it. */
export type GenerationEvent = z.output<typeof GenerationEventSchema>;
/** An event as the route writes it. */
export type GenerationEventInput = z.input<typeof GenerationEventSchema>;
