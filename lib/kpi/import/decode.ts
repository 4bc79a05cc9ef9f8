import { AppError } from "@/lib/errors";

/**
 * Turns a byte or string stream into text chunks, counting bytes for progress.
 *
 * - Decoding is streaming (TextDecoder `stream: true`), so a multi-byte "ä" split across two
 *   chunks is decoded correctly; decoding each Buffer on its own would corrupt it.
 * - A UTF-16 byte-order mark selects UTF-16: Google Ads' "Excel CSV" download is UTF-16LE.
 * - UTF-8 is decoded strictly. If the first chunk is not valid UTF-8 the file is read as
 *   Windows-1252, the encoding German Excel uses for "CSV"; invalid UTF-8 later in a file
 *   that started as UTF-8 is an error, because guessing there would corrupt names silently.
 */
export async function* decodeChunks(source: AsyncIterable<string | Uint8Array>, onBytes: (bytes: number) => void): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array | null = null; // bytes held back until the byte-order mark can be checked
  let first = true;
  let bytesSeen = 0;

  const decode = (bytes: Uint8Array, final: boolean): string => {
    if (!decoder) {
      const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
      decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
    }
    try {
      const text = decoder.decode(bytes, { stream: !final });
      first = false;
      return text;
    } catch {
      if (!first) throw new AppError("invalid_input", { key: "kpi.fileNotValidUTF", params: { bytesSeen } });
      decoder = new TextDecoder("windows-1252");
      first = false;
      return decoder.decode(bytes, { stream: !final });
    }
  };

  for await (const chunk of source) {
    if (typeof chunk === "string") {
      onBytes(Buffer.byteLength(chunk, "utf8"));
      const text = first ? chunk.replace(/^\uFEFF/, "") : chunk;
      first = false;
      if (text) yield text;
      continue;
    }
    onBytes(chunk.byteLength);
    bytesSeen += chunk.byteLength;
    let bytes = chunk;
    if (!decoder) {
      bytes = pending ? concat(pending, chunk) : chunk;
      if (bytes.byteLength < 3) {
        pending = bytes;
        continue;
      }
      pending = null;
    }
    const text = decode(bytes, false);
    if (text) yield text;
  }
  // Flush: bytes held for the BOM check, or an incomplete sequence the decoder is still holding.
  if (pending || decoder) {
    const tail = decode(pending ?? new Uint8Array(0), true);
    if (tail) yield tail;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a, 0);
  joined.set(b, a.byteLength);
  return joined;
}
