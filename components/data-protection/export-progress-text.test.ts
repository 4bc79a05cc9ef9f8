import { describe, expect, it } from "vitest";
import { describeExportProgress, formatBytes } from "./export-progress-text";

const base = { tablesTotal: 27, tablesDone: 3, rowsTotal: 12_000, rowsWritten: 4_500, bytesWritten: 3 * 1024 * 1024, error: null };

describe("export progress text", () => {
  it("formats sizes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(250 * 1024 * 1024)).toBe("250 MB");
  });

  it("shows tables, rows and bytes while running", () => {
    expect(describeExportProgress({ ...base, status: "running" })).toBe("Writing: 3 of 27 tables, 4,500 of 12,000 rows, 3.0 MB.");
  });

  it("asks for a new export after a failure", () => {
    expect(describeExportProgress({ ...base, status: "failed", error: "The download was interrupted." })).toContain("Start a new export.");
  });
});
