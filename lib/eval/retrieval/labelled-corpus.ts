// Reads a labelled retrieval corpus in the WANDS/SciFact TSV layout: products (product_id,
// product_name, product_description), queries (query_id, query) and labels (query_id,
// product_id, label: Exact | Partial | Irrelevant).
import fs from "node:fs";
import Papa from "papaparse";

/** A document as the benchmarks ingest it: the corpus id (labels refer to it), title and body. */
export type BenchDocument = { id: string; title: string; text: string };

export function readTsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, delimiter: "\t", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

export function readCorpus(file: string): BenchDocument[] {
  return readTsv(file).map((row, index) => {
    if (!row.product_id) throw new Error(`${file}: row ${index + 2} has no product_id`);
    return { id: row.product_id, title: row.product_name ?? "", text: row.product_description ?? "" };
  });
}

export type LabelledQuery = { id: string; text: string; relevant: Set<string> };

/** Queries that have at least one Exact or Partial label, in file order, at most `max`. */
export function readLabelledQueries(options: { queries: string; labels: string; max: number }): LabelledQuery[] {
  const relevantByQuery = new Map<string, Set<string>>();
  for (const label of readTsv(options.labels)) {
    if (label.label !== "Exact" && label.label !== "Partial") continue;
    const set = relevantByQuery.get(label.query_id!) ?? new Set<string>();
    set.add(label.product_id!);
    relevantByQuery.set(label.query_id!, set);
  }
  return readTsv(options.queries)
    .filter((q) => relevantByQuery.has(q.query_id!))
    .slice(0, options.max)
    .map((q) => ({ id: q.query_id!, text: q.query!, relevant: relevantByQuery.get(q.query_id!)! }));
}
