import { z } from "zod";

/**
 * Something the brief asked for that the asset leaves out, and why: a claim the brand rules ban, a
 * discount code no source names, a fact with no source, a language with no sources. The reviewer
 * sees it next to the copy, so a silent drop is never mistaken for an oversight.
 */
export const OmissionSchema = z.object({
  item: z.string().describe('What was asked for and left out, in a few words, e.g. "Discount code AUTUMN15" or "the claim \\"waterproof\\"".'),
  reason: z.string().describe("Why it was left out, in one sentence: no source states it, the brand rules ban it, or there is no source in the asset's language."),
});

export const OmissionsSchema = z
  .array(OmissionSchema)
  .describe("Everything the brief asked for that you left out because the sources do not support it or the brand rules forbid it, each with the reason. Empty when nothing was left out.");

export type Omission = z.infer<typeof OmissionSchema>;

/** A generated asset as a writer hands it over: the asset plus what it left out (stored beside the content, not in it). */
export type WithOmissions<T> = T & { omissions: Omission[] };
