import { describe, expect, it } from "vitest";
import { scanChunkForPersonalData, summarisePersonalData } from "@/lib/knowledge/ingest/scan-personal-data";

describe("scanning chunks at ingestion", () => {
  it("marks a chunk that names a person or holds contact data, with counts by type and no values", () => {
    const scan = scanChunkForPersonalData("Unser Gründer Jonas Brandt testet jede Jacke. Presse: jonas.brandt@example.de", ["Über uns"]);
    expect(scan).toEqual({ holdsPersonalData: true, counts: { PERSON: 1, EMAIL: 1 } });
    expect(JSON.stringify(scan)).not.toContain("Brandt");
  });
  it("leaves product copy and the business's role addresses unmarked, and sums a version", () => {
    const clean = scanChunkForPersonalData("Die Fjell Jacke (FJ-2024-XL) kostet 349,00 €. Fragen an service@nordlicht.example, Versand in 2–3 Tagen.");
    expect(clean).toEqual({ holdsPersonalData: false, counts: {} });
    const marked = scanChunkForPersonalData("Ansprechpartnerin: Lena Hofer");
    expect(summarisePersonalData([clean, marked, marked])).toEqual({ holdsPersonalData: true, counts: { PERSON: 2 } });
  });
});
