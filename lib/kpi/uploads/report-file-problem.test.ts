import { describe, expect, it } from "vitest";
import { GOOGLE_ADS_EN } from "@/lib/kpi/import/presets";
import { previewReport } from "@/lib/kpi/import/preview";
import { describeReportFileProblem, describeReportHeaderProblem } from "./report-file-problem";

const encode = (text: string) => new TextEncoder().encode(text);
const fileProblem = (head: Uint8Array, sizeBytes = head.byteLength) => describeReportFileProblem({ fileName: "report.csv", head, sizeBytes, maxBytes: 1024 * 1024 });
const headerProblem = (text: string, mapping: Parameters<typeof describeReportHeaderProblem>[0]["mapping"] = "auto") =>
  describeReportHeaderProblem({ fileName: "report.csv", preview: previewReport(text), mapping });

describe("describeReportFileProblem", () => {
  it("accepts a UTF-8, Windows-1252 or UTF-16 report", async () => {
    expect(await fileProblem(encode("Day,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,1,1,1\n"))).toBeNull();
    expect(await fileProblem(new Uint8Array(Buffer.from("Tag;Kampagne\n01.11.2026;M\xe4rz \xfcber\n".repeat(200), "latin1")))).toBeNull();
    expect(await fileProblem(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Day\tCampaign\n", "utf16le")])))).toBeNull();
  });

  it("refuses an empty file", async () => {
    expect(await fileProblem(new Uint8Array())).toBe('"report.csv" is empty. Export the report again as CSV or TSV with a header row and one row per ad and day.');
    expect(await fileProblem(encode("\n  \n"))).toBe('"report.csv" is empty: it holds only blank lines or spaces. Export the report again with its header row and data rows.');
  });

  it("refuses a file over the limit with its size and the limit", async () => {
    expect(await fileProblem(encode("Day"), 3 * 1024 * 1024)).toBe('"report.csv" is 3.0 MB; a report may be at most 1.0 MB. Export a shorter date range and import the parts one after another.');
  });

  it("refuses binary content whatever the extension, naming the detected type", async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    expect(await fileProblem(xlsx)).toMatch(/^"report\.csv" is not a CSV or TSV text file: its content is a (ZIP|XLSX) file \(.+\)\. Download the report as CSV or TSV and import that\.$/);
    expect(await fileProblem(new Uint8Array([0x01, 0x02, 0x00, 0x7f, 0x00, 0x10]))).toBe(
      '"report.csv" is not a CSV or TSV text file: its content is binary (for example a spreadsheet, archive or program). Download the report as CSV or TSV and import that.',
    );
  });
});

describe("describeReportHeaderProblem", () => {
  it("accepts a recognised report and a header that fits the chosen preset", () => {
    expect(headerProblem("Day,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,1,1,1\n")).toBeNull();
    expect(headerProblem("Day,Campaign,Impr.,Clicks,Cost\n", GOOGLE_ADS_EN)).toBeNull();
  });

  it("refuses an unknown header under auto detection, listing the columns found and those each preset needs", () => {
    expect(headerProblem("datum;kanal;views\n01.11.2026;x;3\n")).toBe(
      '"report.csv" has no header row of a Google Ads or Meta Ads report. Columns found: "datum", "kanal", "views". Google Ads (English) needs "Day", "Campaign", "Impr.", "Clicks", "Cost"; Google Ads (Deutsch) needs "Tag", "Kampagne", "Impr.", "Klicks", "Kosten"; Meta Ads needs "Day", "Campaign name", "Impressions", "Link clicks", "Amount spent". Choose "Custom mapping" to say which column holds what.',
    );
  });

  it("refuses a header that lacks columns of the chosen preset, naming them", () => {
    expect(headerProblem("Day,Campaign,Clicks\n", GOOGLE_ADS_EN)).toBe('"report.csv" lacks the Google Ads (English) columns "Impr.", "Cost". Columns found: "Day", "Campaign", "Clicks".');
  });

  it("refuses an unknown report format: one column, or an unsupported separator", () => {
    expect(headerProblem("Day|Campaign|Impr.|Clicks|Cost\n")).toBe('"report.csv" separates its columns with "|", which is not supported. Export it with commas, semicolons or tabs.');
    expect(headerProblem("just some notes\nmore notes\n")).toBe(
      '"report.csv" is not a report format Brandpilot can read: no line in its first 30 splits into columns by comma, semicolon or tab. Export a CSV or TSV report with one column per figure.',
    );
  });
});
