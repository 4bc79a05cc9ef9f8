import { describe, expect, it } from "vitest";
import { uploadInChunks } from "./upload-in-chunks";

const read = async (blob: Blob) => Buffer.from(await blob.arrayBuffer()).toString("base64");

describe("uploadInChunks", () => {
  it("sends the file in order, part by part, and reports the bytes sent", async () => {
    const sent: [number, string][] = [];
    const progress: number[] = [];
    const result = await uploadInChunks({
      file: new Blob(["abcdefghij"]),
      chunkBytes: 4,
      read,
      onProgress: (bytes) => progress.push(bytes),
      send: async (seq, data) => {
        sent.push([seq, Buffer.from(data, "base64").toString()]);
        return { ok: true };
      },
    });
    expect(result).toEqual({ ok: true });
    expect(sent).toEqual([
      [0, "abcd"],
      [1, "efgh"],
      [2, "ij"],
    ]);
    expect(progress).toEqual([4, 8, 10]);
  });

  it("retries a failed part and stops with the server's sentence when it keeps failing", async () => {
    let calls = 0;
    const flaky = await uploadInChunks({
      file: new Blob(["abcdef"]),
      chunkBytes: 3,
      read,
      onProgress: () => {},
      send: async () => (++calls === 1 ? Promise.reject(new Error("network down")) : { ok: true }),
    });
    expect(flaky).toEqual({ ok: true });
    expect(calls).toBe(3);

    const attempts: number[] = [];
    const failing = await uploadInChunks({
      file: new Blob(["abcdef"]),
      chunkBytes: 3,
      read,
      retries: 1,
      onProgress: () => {},
      send: async (seq) => {
        attempts.push(seq);
        return { ok: false, message: "Expected part 1 of the file, got part 2." };
      },
    });
    expect(failing).toEqual({ ok: false, message: "Expected part 1 of the file, got part 2." });
    expect(attempts).toEqual([0, 0]);
  });
});
