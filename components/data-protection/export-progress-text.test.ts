import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { describeExportProgress, formatBytes, type NumberFormatter, type ProgressTranslator } from "./export-progress-text";

const base = { tablesTotal: 27, tablesDone: 3, rowsTotal: 12_000, rowsWritten: 4_500, bytesWritten: 3 * 1024 * 1024, error: null };
const translator = (locale: "en" | "de") =>
  createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "dataProtection.export.progress" }) as unknown as ProgressTranslator;
const germanNumber: NumberFormatter = (value, digits) => value.toLocaleString("de", { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe("export progress text", () => {
  it("formats sizes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(250 * 1024 * 1024)).toBe("250 MB");
    expect(formatBytes(1536, germanNumber)).toBe("1,5 KB");
  });

  it("shows tables, rows and bytes while running", () => {
    expect(describeExportProgress({ ...base, status: "running" }, translator("en"))).toBe("Writing: 3 of 27 tables, 4,500 of 12,000 rows, 3.0 MB.");
    expect(describeExportProgress({ ...base, status: "running" }, translator("de"), germanNumber)).toBe(
      "Wird geschrieben: 3 von 27 Tabellen, 4.500 von 12.000 Zeilen, 3,0 MB.",
    );
  });

  it("asks for a new export after a failure", () => {
    expect(describeExportProgress({ ...base, status: "failed", error: "The download was interrupted." }, translator("en"))).toContain("Start a new export.");
    expect(describeExportProgress({ ...base, status: "failed" }, translator("de"))).toContain("Starten Sie einen neuen Export.");
  });
});
