/** Reads a slice of a file as base64 (no data-URL prefix). */
export function readSliceAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(blob);
  });
}

/** A failed part carries the server's message; a part that threw (network gone) has none, and the caller says so in its language. */
type SendResult = { ok: true } | { ok: false; message?: string };

/**
 * Sends a file in order, `chunkBytes` at a time, retrying a failed part up to `retries` times
 * (the server accepts a repeated part once, so a retry after a lost answer is safe). Only one part
 * is in memory at a time, whatever the file's size.
 */
export async function uploadInChunks(options: {
  file: Blob;
  chunkBytes: number;
  send: (seq: number, dataBase64: string) => Promise<SendResult>;
  onProgress: (sentBytes: number) => void;
  retries?: number;
  /** How a slice becomes base64; the browser's FileReader by default. */
  read?: (blob: Blob) => Promise<string>;
}): Promise<SendResult> {
  const { file, chunkBytes } = options;
  const read = options.read ?? readSliceAsBase64;
  for (let seq = 0, offset = 0; offset < file.size; seq++, offset += chunkBytes) {
    const data = await read(file.slice(offset, offset + chunkBytes));
    let result: SendResult = { ok: false };
    for (let attempt = 0; attempt <= (options.retries ?? 2); attempt++) {
      try {
        result = await options.send(seq, data);
      } catch {
        result = { ok: false };
      }
      if (result.ok) break;
    }
    if (!result.ok) return result;
    options.onProgress(Math.min(file.size, offset + chunkBytes));
  }
  return { ok: true };
}
