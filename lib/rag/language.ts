import { franc } from "franc-min";
import type { Language } from "@/lib/rag/text/tokenize";

// Below this many letters trigram statistics are noise; English is the safer default because
// its stemmer and stopwords do less damage to German than the reverse.
const MIN_LETTERS = 20;
// For two languages, 1,000 characters are plenty; the cap keeps detection cheap (it is most of
// the local embedder's cost) and bounded on whole documents.
const SAMPLE_CHARS = 1_000;

/** German or English (the two languages the knowledge base stems and ranks). */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return "en";
  const code = franc(sample, { only: ["deu", "eng"], minLength: 1 });
  return code === "deu" ? "de" : "en";
}
