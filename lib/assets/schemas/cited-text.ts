import { z } from "zod";

export const CitationsSchema = z
  .array(z.string())
  .describe(
    "Ids of the knowledge-base chunks (like chk_abc123) that state the facts in this text. Use only ids from the sources you were given; every number, price or claim must appear in one of them.",
  );

/**
 * A text the model wrote plus the chunks that back it. `description` tells the model what the
 * text must contain and its limits; the citation rules are the same everywhere.
 */
export function citedTextSchema(description: string) {
  return z.object({
    text: z.string().describe(description),
    citations: CitationsSchema,
  });
}

export const CitedTextSchema = citedTextSchema("The text.");

export type CitedText = z.infer<typeof CitedTextSchema>;
