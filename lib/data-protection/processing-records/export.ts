import { toSafeCsv } from "@/lib/csv/write-csv";
import type { ProcessingRecord } from "./records";

const FIELDS = [
  "recipient_type",
  "recipient",
  "provider",
  "hosting",
  "region",
  "first_sent",
  "last_sent",
  "count",
  "purposes",
  "data_kinds",
  "personal_data_removed",
] as const;

/** The records as CSV (through the formula guard: model ids and hosts come from configuration). */
export function processingRecordsCsv(records: readonly ProcessingRecord[]): string {
  return toSafeCsv(
    FIELDS,
    records.map((record) => [
      record.recipientType,
      record.recipient,
      record.provider,
      record.hosting,
      record.region,
      record.firstAt.toISOString(),
      record.lastAt.toISOString(),
      String(record.count),
      record.purposes.join(" | "),
      record.dataKinds.join(" | "),
      record.personalDataRemoved,
    ]),
  );
}

/** The records as JSON, with when and for which workspace they were produced. */
export function processingRecordsJson(records: readonly ProcessingRecord[], meta: { workspaceSlug: string; generatedAt: Date }): string {
  return JSON.stringify(
    {
      workspace: meta.workspaceSlug,
      generatedAt: meta.generatedAt.toISOString(),
      recipients: records.map((record) => ({ ...record, firstAt: record.firstAt.toISOString(), lastAt: record.lastAt.toISOString() })),
    },
    null,
    2,
  );
}
