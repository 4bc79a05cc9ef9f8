import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

export function toPassage(chunk: RetrievedChunk): SourcePassage {
  return { chunkId: chunk.chunkId, sourceId: chunk.sourceId, version: chunk.version, title: chunk.sourceTitle, url: chunk.url, text: chunk.text };
}
