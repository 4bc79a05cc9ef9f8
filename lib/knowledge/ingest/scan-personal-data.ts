import { analyzePersonalData } from "@/lib/privacy/pii/analyze";
import { RESIDUAL_THRESHOLD, type PiiType } from "@/lib/privacy/pii/types";

/** What a chunk (or a whole version) holds in personal data: types and counts, never the values. */
export type PersonalDataScan = { holdsPersonalData: boolean; counts: Partial<Record<PiiType, number>> };

/**
 * Scans one chunk's text (and its heading path) for personal data at ingestion. Stored per
 * version, it marks a source as holding personal data; retrieval results from such a source then
 * route to local or self-hosted models only (routedRequest also scans every prompt, so a chunk
 * scanned before this existed is caught there). Role addresses of the business (service@…) do not
 * count. Pure and fast (well under a millisecond for a typical chunk).
 */
export function scanChunkForPersonalData(text: string, sectionPath: readonly string[] = []): PersonalDataScan {
  const counts: Partial<Record<PiiType, number>> = {};
  for (const finding of analyzePersonalData([...sectionPath, text].join("\n"), { minScore: RESIDUAL_THRESHOLD })) {
    counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  }
  return { holdsPersonalData: Object.keys(counts).length > 0, counts };
}

/** The version's summary from its chunks' scans (for a `personal_data` column on the version). */
export function summarisePersonalData(scans: readonly PersonalDataScan[]): PersonalDataScan {
  const counts: Partial<Record<PiiType, number>> = {};
  for (const scan of scans) for (const [type, n] of Object.entries(scan.counts) as [PiiType, number][]) counts[type] = (counts[type] ?? 0) + n;
  return { holdsPersonalData: Object.keys(counts).length > 0, counts };
}
