import Papa from "papaparse";

/** Reads an export back the way an import tool would: BOM stripped, first row as header. */
export function readCsv(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((error) => error.message).join("; "));
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}
