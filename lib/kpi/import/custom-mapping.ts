import { z } from "zod";
import { isIsoCurrency } from "@/lib/kpi/metrics/currency";
import type { ColumnPreset } from "./presets";

const header = z.string().trim().min(1).max(200);

/**
 * A user-made mapping for exports no preset knows: one header name per target field, as chosen
 * in the import dialog. Validated with zod because it arrives from a form. It is stored with the
 * import (`kpi_imports.mapping`, read again by the import job), so `channel` (the ad platform's
 * name) keeps its stored spelling.
 */
export const customMappingSchema = z.object({
  channel: z.string().trim().min(1).max(64),
  columns: z.object({
    date: header,
    campaign: header,
    impressions: header,
    clicks: header,
    cost: header,
    dateEnd: header.optional(),
    adGroup: header.optional(),
    adId: header.optional(),
    conversions: header.optional(),
    revenue: header.optional(),
    currency: header.optional(),
    url: header.optional(),
  }),
  slashDateOrder: z.enum(["mdy", "dmy"]).default("mdy"),
  decimalSeparator: z.enum([".", ","]).default("."),
  defaultCurrency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isIsoCurrency, { message: "validation.kpi.notISO4217Currency" })
    .optional(),
});

export type CustomMappingInput = z.input<typeof customMappingSchema>;
export type CustomMapping = z.output<typeof customMappingSchema>;

/** Turns a validated custom mapping into a preset with one alias per field, so one code path imports both. */
export function customMappingPreset(mapping: CustomMapping): ColumnPreset {
  const columns: Record<string, readonly string[]> = {};
  for (const [field, headerName] of Object.entries(mapping.columns)) {
    if (headerName) columns[field] = [headerName];
  }
  return {
    id: "custom",
    label: `Custom mapping (${mapping.channel})`,
    platform: mapping.channel,
    slashDateOrder: mapping.slashDateOrder,
    decimalSeparator: mapping.decimalSeparator,
    columns,
    ...(mapping.defaultCurrency ? { defaultCurrency: mapping.defaultCurrency } : {}),
  };
}
