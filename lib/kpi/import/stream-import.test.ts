import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importReport } from "./import-report";
import { importReportStream, type ImportBatch, type ImportProgress } from "./stream-import";

const HEADER = "Day,Campaign,Ad group,Ad ID,Impr.,Clicks,Conversions,Cost,Currency code";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(source: AsyncIterable<string | Uint8Array>, options: Parameters<typeof importReportStream>[1] = {}): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  for await (const batch of importReportStream(source, options)) batches.push(batch);
  return batches;
}

describe("importReportStream: line numbers and errors", () => {
  // Physical lines: 1–2 title, 3 header, 4 ok, 5–6 one row whose quoted campaign spans two
  // lines, 7 blank, 8 bad clicks, 9 ok, 10 clicks > impressions, 11 negative cost, 12 missing
  // campaign, 13 unknown currency, 14 total row.
  const csv = [
    "Ad report",
    '"November 1, 2026 - November 30, 2026"',
    HEADER,
    "2026-11-01,Brand,Jackets,1,1000,50,2,25.00,EUR",
    '2026-11-01,"Brand',
    'Winter",Jackets,2,800,40,1,20.00,EUR',
    "",
    "2026-11-02,Brand,Jackets,1,1000,abc,2,25.00,EUR",
    "2026-11-02,Brand,Jackets,2,900,45,1,22.50,EUR",
    "2026-11-03,Brand,Jackets,1,100,120,0,5.00,EUR",
    "2026-11-03,Brand,Jackets,2,100,10,0,-5.00,EUR",
    "2026-11-04,,Jackets,1,100,10,0,5.00,EUR",
    "2026-11-04,Brand,Jackets,2,100,10,0,5.00,EUX",
    "Total: Account,--,--,--,3900,265,6,72.50,--",
  ];
  const expectedErrors = [
    { line: 8, message: "line 8: clicks is 'abc', expected a number" },
    { line: 10, message: "line 10: clicks (120) exceed impressions (100)" },
    { line: 11, message: "line 11: cost is '-5.00', must not be negative" },
    { line: 12, message: "line 12: campaign is empty" },
    { line: 13, message: "line 13: currency is 'EUX', expected an ISO 4217 code like EUR" },
  ];

  it.each([
    ["\\n", "\n"],
    ["\\r\\n", "\r\n"],
  ])("reports each bad row at its physical line (%s line ends)", async (_, newline) => {
    const result = await importReport(csv.join(newline));
    expect(result.errors).toEqual(expectedErrors);
    expect(result.rows.map((r) => r.campaign)).toEqual(["Brand", "Brand\nWinter", "Brand"]);
    expect(result.progress).toMatchObject({ rowsAccepted: 3, rowsRejected: 5, rowsSkipped: 1, linesRead: 14 });
    expect(result.format.headerLine).toBe(3);
  });

  it("gives the same result however the input is chunked", async () => {
    const text = csv.join("\r\n");
    const whole = await importReport(text);
    for (const size of [1, 7, 64]) {
      const chunked = await importReport(chunksOf(text, size));
      expect(chunked.errors).toEqual(whole.errors);
      expect(chunked.rows).toEqual(whole.rows);
    }
  });

  it("throws invalid_input when no header row appears", async () => {
    const attempt = importReport("Quarterly summary\nrevenue,growth\n12,3%\n");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(importReport("Quarterly summary\nrevenue,growth\n12,3%\n")).rejects.toThrow(/No header row found in the first 30 lines.*Day, Campaign, Impr\., Clicks, Cost/);
  });

  it("delivers a final, empty batch for a header-only file so the format is known", async () => {
    const batches = await collect(chunksOf(`${HEADER}\n`, 100));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ rows: [], errors: [], done: true, format: { presetId: "google-ads-en" } });
  });
});

describe("importReportStream: streaming", () => {
  it("reports bytes read through the progress callback", async () => {
    const text = `${HEADER}\n${"2026-11-01,Brand,Jackets,1,1000,50,2,25.00,EUR\n".repeat(300)}`;
    const seen: ImportProgress[] = [];
    const batches = await collect(Readable.from(chunksOf(text, 1024)), { onProgress: (p) => seen.push(p), totalBytes: text.length });
    const bytes = seen.map((p) => p.bytesRead);
    expect(bytes.length).toBeGreaterThan(5);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBe(text.length);
    expect(seen.every((p) => p.totalBytes === text.length)).toBe(true);
    expect(batches.at(-1)?.progress.bytesRead).toBe(text.length);
  });

  it("closes the source when the consumer stops early", async () => {
    let closed = false;
    async function* source() {
      try {
        yield `${HEADER}\n`;
        for (let i = 0; i < 100_000; i++) yield "2026-11-01,Brand,Jackets,1,1000,50,2,25.00,EUR\n";
      } finally {
        closed = true;
      }
    }
    for await (const batch of importReportStream(source(), { batchSize: 100 })) {
      expect(batch.rows).toHaveLength(100);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true);
  });

  it("passes a source failure on to the consumer", async () => {
    async function* failing() {
      yield `${HEADER}\n2026-11-01,Brand,Jackets,1,1000,50,2,25.00,EUR\n`;
      throw new Error("connection reset");
    }
    await expect(collect(failing())).rejects.toThrow("connection reset");
  });

  it("streams 200,000 rows in bounded batches with correct counts and line numbers", async () => {
    const total = 200_000;
    const badEvery = 50_000;
    let chunksProduced = 0;
    let bytesProduced = 0;
    // Rows are generated lazily, ~64 KB per chunk, so the test itself never holds the file.
    async function* generate(): AsyncGenerator<Buffer> {
      let buffer = `Ad report\n"Nov 1, 2026 - Nov 30, 2026"\n${HEADER}\n`;
      for (let i = 1; i <= total; i++) {
        const day = String((i % 28) + 1).padStart(2, "0");
        const clicks = i % badEvery === 0 ? "abc" : String(i % 50);
        buffer += `2026-11-${day},Campaign ${i % 17},Group ${i % 5},${i},${1000 + (i % 100)},${clicks},${i % 3},${(i % 997) / 10},EUR\n`;
        if (buffer.length >= 65_536) {
          chunksProduced++;
          const bytes = Buffer.from(buffer, "utf8");
          bytesProduced += bytes.byteLength;
          yield bytes;
          buffer = "";
        }
      }
      buffer += "Total: Account,--,--,--,1,1,1,1,--\n";
      chunksProduced++;
      bytesProduced += Buffer.byteLength(buffer);
      yield Buffer.from(buffer, "utf8");
    }

    let rows = 0;
    let batches = 0;
    let maxBatch = 0;
    let chunksAtFirstBatch = -1;
    let maxLead = 0;
    const errors: { line: number; message: string }[] = [];
    let last: ImportBatch | null = null;
    for await (const batch of importReportStream(generate(), { batchSize: 5_000 })) {
      if (chunksAtFirstBatch < 0) {
      chunksAtFirstBatch = chunksProduced;
      console.log("chunks at first batch", chunksAtFirstBatch);
    }
      batches++;
      rows += batch.rows.length;
      maxBatch = Math.max(maxBatch, batch.rows.length);
      errors.push(...batch.errors);
      last = batch;
    }

    expect(rows).toBe(total - total / badEvery);
    expect(maxBatch).toBe(5_000);
    expect(batches).toBeGreaterThanOrEqual(40);
    // Data row i sits on line i + 3 (two title lines and the header above it).
    expect(errors.map((e) => e.line)).toEqual([50_003, 100_003, 150_003, 200_003]);
    expect(errors[0]?.message).toBe("line 50003: clicks is 'abc', expected a number");
    expect(last?.done).toBe(true);
    expect(last?.progress).toMatchObject({ rowsAccepted: rows, rowsRejected: 4, rowsSkipped: 1, linesRead: total + 4, bytesRead: bytesProduced });
    // Backpressure: the ~12 MB source is read only a little ahead of the consumer, never whole.
    expect(chunksProduced).toBeGreaterThan(150);
    expect(chunksAtFirstBatch).toBeLessThan(20);
    expect(maxLead).toBeLessThan(20);
  }, 20_000);
});
