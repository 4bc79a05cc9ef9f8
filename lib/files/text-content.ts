/**
 * Content checks shared by every CSV/TSV upload (product feeds, KPI reports): whether decoded text is really text,
 * and which unsupported separator a one-column header uses. Extensions say nothing; the content decides.
 */

/** Decoded binary shows NUL characters or many U+FFFD replacements (bytes that are not UTF-8). */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  const replaced = sample.split("\uFFFD").length - 1;
  return replaced > 8 && replaced / sample.length > 0.01;
}

/**
 * Raw bytes that no text export contains: NUL bytes outside UTF-16 (whose BOM makes every other byte NUL). Checked
 * on bytes because a Windows-1252 fallback would decode a program or a zip archive without a single U+FFFD.
 */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  const end = Math.min(bytes.byteLength, 8192);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

/** The separator a single header cell seems to use when it is none of comma, semicolon or tab. */
export function unsupportedDelimiterIn(header: string): string | null {
  for (const candidate of ["|", "^", "~", ":"]) if (header.split(candidate).length > 2) return candidate;
  return null;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
