import type { useFormatter } from "next-intl";

/** "4.2 MB" / "4,2 MB": a file size in the member's locale (kilobytes below one megabyte, as the upload limits are set). */
export function formatByteSize(format: Pick<ReturnType<typeof useFormatter>, "number">, bytes: number): string {
  if (bytes < 1024 * 1024) return format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
