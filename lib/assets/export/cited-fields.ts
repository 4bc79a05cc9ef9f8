import type { Asset } from "@/lib/assets/schemas/asset";

/** A field of an asset that cites sources, by the same path the editor uses (`headlines[2]`, `faq[1].answer`). */
export type CitedField = { field: string; text: string; chunkIds: string[] };

/**
 * Every cited field of an asset, in document order: any object with a `citations` list of chunk
 * ids. Its text is its `text`, or for a link its anchor text. Walks the stored asset rather than
 * a list of known fields, so a field added to a schema is exported without a change here.
 */
export function citedFields(asset: Asset): CitedField[] {
  const found: CitedField[] = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const citations = record.citations;
    if (Array.isArray(citations) && citations.every((id) => typeof id === "string")) {
      const text = typeof record.text === "string" ? record.text : typeof record.anchorText === "string" ? record.anchorText : "";
      if (citations.length > 0) found.push({ field: path, text, chunkIds: [...new Set(citations as string[])] });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== "citations") visit(value, path ? `${path}.${key}` : key);
    }
  };
  visit(asset, "");
  return found;
}
