import { describe, expect, it } from "vitest";
import { decodeChunks } from "./decode";

async function decodeAll(chunks: (string | Uint8Array)[]): Promise<{ text: string; bytes: number }> {
  let bytes = 0;
  let text = "";
  for await (const chunk of decodeChunks((async function* () { yield* chunks; })(), (n) => (bytes += n))) text += chunk;
  return { text, bytes };
}

describe("decodeChunks", () => {
  it("decodes a multi-byte character split across chunks and counts bytes", async () => {
    const bytes = Buffer.from("Währungscode\nFrühling", "utf8");
    const split = bytes.indexOf(0xc3) + 1; // between the two bytes of "ä"
    const result = await decodeAll([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(result.text).toBe("Währungscode\nFrühling");
    expect(result.bytes).toBe(bytes.byteLength);
  });

  it("strips the UTF-8 byte-order mark from bytes and strings", async () => {
    expect((await decodeAll([Buffer.from("\uFEFFDay,Campaign", "utf8")])).text).toBe("Day,Campaign");
    expect((await decodeAll(["\uFEFFDay", ",Campaign"])).text).toBe("Day,Campaign");
  });

  it("reads UTF-16LE with a byte-order mark, even with a tiny first chunk", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tag\tKosten\n01.11.2026\t1,5", "utf16le")]);
    expect((await decodeAll([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)])).text).toBe("Tag\tKosten\n01.11.2026\t1,5");
  });

  it("falls back to Windows-1252 when the file does not start as UTF-8", async () => {
    const latin = Buffer.from([0x57, 0xe4, 0x68, 0x72, 0x75, 0x6e, 0x67]); // "Währung" in Windows-1252
    expect((await decodeAll([latin])).text).toBe("Währung");
  });

  it("refuses invalid UTF-8 after a valid start instead of corrupting names", async () => {
    await expect(decodeAll([Buffer.from("Day,Campaign\n", "utf8"), Buffer.from([0x41, 0xe4, 0x41])])).rejects.toThrow(/not valid UTF-8/);
  });
});
