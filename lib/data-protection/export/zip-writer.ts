import { createHash } from "node:crypto";
import { Zip, ZipDeflate } from "fflate";

export type WrittenFile = { path: string; bytes: number; sha256: string };

/**
 * fflate's streaming Zip with one file open at a time. Compressed output collects in `drain()`;
 * the caller empties it after each batch, so memory holds one batch, never the archive. (fflate
 * buffers a second file added while one is open, which is why files are written one after another.)
 */
export class ZipWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  bytesOut = 0;
  readonly files: WrittenFile[] = [];

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else {
        this.pending.push(chunk);
        this.bytesOut += chunk.length;
      }
    });
  }

  openFile(path: string) {
    const entry = new ZipDeflate(path, { level: 6 });
    this.zip.add(entry);
    const hash = createHash("sha256");
    let bytes = 0;
    const encoder = new TextEncoder();
    return {
      write: (data: string | Uint8Array) => {
        const chunk = typeof data === "string" ? encoder.encode(data) : data;
        if (chunk.length === 0) return;
        hash.update(chunk);
        bytes += chunk.length;
        entry.push(chunk);
        this.throwIfFailed();
      },
      close: (): WrittenFile => {
        entry.push(new Uint8Array(0), true);
        this.throwIfFailed();
        const file = { path, bytes, sha256: hash.digest("hex") };
        this.files.push(file);
        return file;
      },
    };
  }

  end() {
    this.zip.end();
    this.throwIfFailed();
  }

  drain(): Uint8Array[] {
    const chunks = this.pending;
    this.pending = [];
    return chunks;
  }

  private throwIfFailed() {
    if (this.failure) throw this.failure;
  }
}
