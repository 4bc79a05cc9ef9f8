import { extractNumbers, numbersMatch, type ExtractedNumber } from "@/lib/assets/validate/numbers";
import { mergeCitations } from "./cited-piece";

/** Returns the citations that back every number of a text, or null when some number has no source. */
export type GroundingGate = (text: string, citations: readonly string[]) => string[] | null;

/**
 * The same check the grounding validator runs, applied before a candidate is accepted: every
 * number a text states must appear in a chunk it cites. Facts carry their own chunk ids, so this
 * mostly guards template inputs that are not facts (brand name, topic, disclaimer). For those a
 * number that a source states is cited from that source; a number no source states rejects the
 * candidate, and the writer picks another.
 */
export function createGroundingGate(chunks: ReadonlyMap<string, string>, suppliedValues: readonly string[] = []): GroundingGate {
  // As the validator counts them: a number as written in a supplied value (a campaign offer's "15 %") needs no source.
  const supplied = new Set(suppliedValues.flatMap((value) => extractNumbers(value).map((number) => number.raw)));
  const numbersByChunk = new Map<string, ExtractedNumber[]>();
  const numbersOf = (chunkId: string): ExtractedNumber[] => {
    let numbers = numbersByChunk.get(chunkId);
    if (!numbers) {
      numbers = extractNumbers(chunks.get(chunkId) ?? "");
      numbersByChunk.set(chunkId, numbers);
    }
    return numbers;
  };
  const stating = (chunkId: string, number: ExtractedNumber) => numbersOf(chunkId).some((candidate) => numbersMatch(number, candidate));

  return (text, citations) => {
    const known = citations.filter((id) => chunks.has(id));
    const added: string[] = [];
    for (const number of extractNumbers(text)) {
      if ([...known, ...added].some((id) => stating(id, number))) continue;
      if (supplied.has(number.raw)) continue;
      const elsewhere = [...chunks.keys()].find((id) => stating(id, number));
      if (elsewhere === undefined) return null;
      added.push(elsewhere);
    }
    return mergeCitations(known, added);
  };
}
