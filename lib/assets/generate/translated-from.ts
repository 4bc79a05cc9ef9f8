import type { Asset } from "@/lib/assets/schemas/asset";
import { citedFields } from "@/lib/assets/validate/cited-fields";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";

/**
 * The languages of cited passages other than the asset's own: a hosted model that writes English
 * from a German passage has translated it, and the provenance says so. The local writer never
 * does (it quotes only passages in the asset's language), so for it this is empty.
 */
export function translatedFrom(content: Asset, chunks: readonly Pick<RetrievedChunk, "chunkId" | "language">[]): string[] {
  const languageOf = new Map(chunks.map((chunk) => [chunk.chunkId, chunk.language]));
  const languages = new Set<string>();
  for (const field of citedFields(content)) {
    for (const citation of field.citations) {
      const language = languageOf.get(citation);
      if (language && language !== content.language) languages.add(language);
    }
  }
  return [...languages].sort();
}
