import { z } from "zod";
import { AppError } from "@/lib/errors";
import { customMappingPreset, customMappingSchema, type CustomMapping } from "./custom-mapping";
import { PRESETS, presetById, type ColumnPreset } from "./presets";

/**
 * How an import reads its columns, as chosen in the import dialog and stored with the import:
 * detect the preset from the header row, force one preset, or a custom mapping.
 */
export type KpiImportMapping = { kind: "auto" } | { kind: "preset"; presetId: string } | { kind: "custom"; mapping: CustomMapping };

export const mappingChoiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("auto") }),
  z.object({ kind: z.literal("preset"), presetId: z.enum(PRESETS.map((p) => p.id) as [string, ...string[]], { error: "validation.kpi.unknownPreset" }) }),
  z.object({ kind: z.literal("custom"), mapping: customMappingSchema }),
]);

/** The `mapping` option of `importReportStream` for a stored choice. */
export function resolveMappingChoice(choice: KpiImportMapping): "auto" | ColumnPreset {
  if (choice.kind === "auto") return "auto";
  if (choice.kind === "custom") return customMappingPreset(choice.mapping);
  const preset = presetById(choice.presetId);
  if (!preset) throw new AppError("invalid_input", { key: "kpi.unknownColumnPreset", params: { presetId: choice.presetId } });
  return preset;
}
