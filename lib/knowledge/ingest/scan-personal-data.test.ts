import { describe, expect, it } from "vitest";
import { scanChunkForPersonalData, summarisePersonalData } from "./scan-personal-data";

describe("personal data scan at ingestion", () => {
  it("counts types in a chunk and its headings, never keeping values", () => {
    const scan = scanChunkForPersonalData("For interviews, write to Maria Hoffmann at maria.hoffmann@example.de or call +49 30 1234567.", ["Press contact"]);
    expect(scan.holdsPersonalData).toBe(true);
    expect(scan.counts).toMatchObject({ PERSON: 1, EMAIL: 1, PHONE: 1 });
    expect(JSON.stringify(scan)).not.toContain("Hoffmann");
  });

  it("leaves product facts clean", () => {
    expect(scanChunkForPersonalData("Every Nordlicht jacket is field-tested for 500 hours in Sarek. Price: 249,00 €, SKU NL-2231.", ["Materials"])).toEqual({
      holdsPersonalData: false,
      counts: {},
    });
  });

  it("sums the chunks' counts per type for the version", () => {
    const summary = summarisePersonalData([
      { holdsPersonalData: true, counts: { PERSON: 1, EMAIL: 1 } },
      { holdsPersonalData: false, counts: {} },
      { holdsPersonalData: true, counts: { PERSON: 2, PHONE: 1 } },
    ]);
    expect(summary).toEqual({ holdsPersonalData: true, counts: { PERSON: 3, EMAIL: 1, PHONE: 1 } });
  });

  it("a version of clean chunks (or none) holds none", () => {
    expect(summarisePersonalData([])).toEqual({ holdsPersonalData: false, counts: {} });
    expect(summarisePersonalData([{ holdsPersonalData: false, counts: {} }])).toEqual({ holdsPersonalData: false, counts: {} });
  });
});
