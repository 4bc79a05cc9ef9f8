import { z } from "zod";

/**
 * A passage an asset can cite: shown in citation popovers and the sources list, sent in the
 * generation stream and loaded for a stored asset's cited chunks. One type for all of them.
 */
export const SourcePassageSchema = z.object({
  chunkId: z.string(),
  sourceId: z.string(),
  version: z.number(),
  title: z.string(),
  url: z.string().nullable(),
  text: z.string(),
});
export type SourcePassage = z.infer<typeof SourcePassageSchema>;
