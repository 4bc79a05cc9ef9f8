import type { Asset } from "@/lib/assets/schemas/asset";
import type { ExportCitation } from "./citation-sources";
import { citedFields } from "./cited-fields";
import { toCsv, type CsvExportOptions } from "./csv";

/** One cited field with the sources it rests on, as an export carries it. */
export type FieldCitations = {
  field: string;
  text: string;
  sources: ExportCitation[];
  /** Cited chunk ids that name no source this export may show (a source reclassified confidential). */
  withheld: string[];
};

export function fieldCitations(asset: Asset, sources: ReadonlyMap<string, ExportCitation>): FieldCitations[] {
  return citedFields(asset).map(({ field, text, chunkIds }) => ({
    field,
    text,
    sources: chunkIds.flatMap((id) => sources.get(id) ?? []),
    withheld: chunkIds.filter((id) => !sources.has(id)),
  }));
}

export const CITATIONS_CSV_COLUMNS = ["Field", "Text", "Source", "File or URL", "Product id", "Version", "Role", "Section", "Quote", "Chunk id"] as const;

/**
 * The citations sheet that goes beside a platform file: Google Ads Editor and Meta bulk uploads
 * have no column for provenance (an unknown header is an import warning at best), so each cited
 * field's sources travel in their own CSV, one row per field and source.
 */
export function citationsCsv(fields: readonly FieldCitations[], options?: CsvExportOptions): string {
  const rows = fields.flatMap((field) => [
    ...field.sources.map((source) => [
      field.field,
      field.text,
      source.title,
      source.fileName ?? source.url ?? "",
      source.productId ?? "",
      String(source.version),
      source.role,
      source.section ?? "",
      source.quote,
      source.chunkId,
    ]),
    ...field.withheld.map((chunkId) => [field.field, field.text, "(a source not shown in exports)", "", "", "", "", "", "", chunkId]),
  ]);
  return toCsv(CITATIONS_CSV_COLUMNS, rows, options);
}
