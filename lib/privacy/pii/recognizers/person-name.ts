import { isKept } from "../context";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NOUN_SUFFIX, PERSON_NAMED_BRANDS, PRODUCT_WORDS, SURNAME_SET } from "../names/gazetteer";
import type { PiiFinding, Recognizer } from "../types";

const CAP = String.raw`[\p{Lu}][\p{Ll}\p{Lu}'’]*\p{Ll}(?:-[\p{Lu}][\p{Ll}'’]+)?`;
const PARTICLE = String.raw`(?:von|van|de|der|den|di|da|du|del|la|le|zu|vom|ter|ten|al|el|bin|ibn|Mc)`;
const NAME_SEQ = String.raw`${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}${CAP}){0,3}`;
const END = String.raw`(?![\p{L}\p{N}])`;

const SALUTATION = new RegExp(String.raw`(?<![\p{L}])(?:Herrn?|Frau|Fr\.|Hr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|Dr\.|Prof\.)(?:[ \t]+(?:Dr\.|Prof\.|med\.|Dipl\.-Ing\.|Ing\.|Mag\.))*[ \t]+((?:(?:von|van|de|zu|vom|ter|di|da|del|le|la)[ \t]+(?:der[ \t]+|den[ \t]+)?)?${NAME_SEQ})${END}`, "gu");
const STRONG_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:Ansprechpartner(?:in)?|Ansprechperson|Kontaktperson|Kontakt|[Cc]ontact(?: person)?|[Ss]igned by|[Uu]nterzeichnet von|[Uu]nterschrieben von|gez\.|Kundin|Kunde|Kunden|[Cc]ustomer|[Cc]lient|Mitarbeiter(?:in)?|Kolleg(?:e|in)|[Cc]olleague|Geschäftsführer(?:in)?|Inhaber(?:in)?|Gründer(?:in)?|[Ff]ounder|CEO|CTO|CFO|[Aa]uthor|Autor(?:in)?|[Ww]ritten by|Name|Vorname|Nachname|[Ff]ull name|Patient(?:in)?|Bewerber(?:in)?|Fotograf(?:in)?|[Pp]hotographer|Sprecher(?:in)?|[Ss]pokesperson|Empfänger(?:in)?|[Rr]ecipient|[Zz]u Händen|z\.\s?Hd\.?|Attn\.?|[Aa]ttention|Influencer(?:in)?|Testimonial|Zitat|[Qq]uote|[Ii]nterview mit|[Ii]nterview with)\s*[:,]?[ \t]+(${NAME_SEQ})${END}`,
  "gu",
);
const WEAK_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:Hallo|Hi|Hey|Dear|Liebe[rs]?|Sehr geehrte[rs]?|Grüße|Grüßen|Gruß|[Rr]egards|Thanks|Thank you|Danke|Cheers|Best|LG|VG|MfG|Ciao|von|by|mit|with|für|for|an|to|bei|laut|according to|says|sagt|schreibt|writes|Herzlich|Bis bald)\s*[:,!]?\s+(${NAME_SEQ})${END}`,
  "gu",
);
const CAP_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME_SEQ}${END}`, "gu");

const TITLES = new Set(["dr", "prof", "herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "med", "ing", "mag", "dipl"]);

const isStopWord = (word: string) => {
  const lower = word.toLowerCase();
  return PRODUCT_WORDS.has(lower) || (NOUN_SUFFIX.test(lower) && !SURNAME_SET.has(lower) && !FIRST_NAMES.has(lower));
};

/** The words of a capitalised run with their offsets, particles kept attached to the next word. */
function wordsOf(run: string, offset: number) {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of run.matchAll(/[\p{L}'’-]+/gu)) out.push({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Cuts a name at the first product or noun word; null when nothing person-like is left. */
function trimName(text: string, run: string, offset: number): { start: number; end: number; words: string[] } | null {
  const words = wordsOf(run, offset);
  const kept: typeof words = [];
  for (const w of words) {
    if (kept.length === 0 && TITLES.has(w.word.toLowerCase())) continue;
    if (/^\p{Ll}/u.test(w.word)) {
      kept.push(w);
      continue;
    }
    if (isStopWord(w.word)) break;
    kept.push(w);
  }
  while (kept.length && /^\p{Ll}/u.test(kept[kept.length - 1]!.word)) kept.pop();
  if (kept.length === 0) return null;
  // A product word right after the cut means the whole run names a product ("Anna Trail Shoe").
  if (kept.length < words.length && /^\p{Lu}/u.test(words[kept.length]!.word) && PRODUCT_WORDS.has(words[kept.length]!.word.toLowerCase())) return null;
  const next = text.slice(kept[kept.length - 1]!.end).match(/^\s+([\p{L}\d]+)/u)?.[1];
  // Capitalised only: "Sarah hat angerufen" ("hat" is a verb there), but "Anna Hat" is a product.
  if (next && ((/^\p{Lu}/u.test(next) && PRODUCT_WORDS.has(next.toLowerCase())) || /^\d/.test(next))) return null;
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end, words: kept.filter((w) => /^\p{Lu}/u.test(w.word)).map((w) => w.word) };
}

/**
 * Person names: salutations ("Frau Dr. Weber", "Mr Smith"), context cues ("Ansprechpartnerin:",
 * "signed by", "Kundin Anna Schmidt", greetings and sign-offs) and a first-name gazetteer
 * (German, English and the names of people living in the markets served) with a capitalised
 * surname after it. Words that make the pair a product ("Anna Trail Shoe") or a noun stop it;
 * the brief's product title is kept whatever it looks like.
 */
export const personNameRecognizer: Recognizer = {
  name: "person-name",
  analyze(text, context) {
    const findings: PiiFinding[] = [];
    const push = (start: number, rawEnd: number, score: number) => {
      // "Lena Hofer's guide": the possessive is not part of the name.
      const end = /['’]s$/.test(text.slice(start, rawEnd)) ? rawEnd - 2 : rawEnd;
      if (isKept(text, start, end, context.keep) || PERSON_NAMED_BRANDS.has(text.slice(start, end).toLowerCase())) return;
      findings.push({ type: "PERSON", start, end, score, recognizer: "person-name" });
    };
    const lower = (w: string) => w.toLowerCase();

    for (const match of text.matchAll(SALUTATION)) {
      const name = trimName(text, match[1]!, match.index + match[0].length - match[1]!.length);
      if (name) push(name.start, name.end, 0.9);
    }
    for (const match of text.matchAll(STRONG_CUE)) {
      const name = trimName(text, match[1]!, match.index + match[0].length - match[1]!.length);
      if (!name) continue;
      const [first, second] = name.words;
      if (second || FIRST_NAMES.has(lower(first!)) || SURNAME_SET.has(lower(first!))) push(name.start, name.end, 0.85);
      else push(name.start, name.end, 0.55);
    }
    for (const match of text.matchAll(WEAK_CUE)) {
      const name = trimName(text, match[1]!, match.index + match[0].length - match[1]!.length);
      if (!name) continue;
      const [first, second] = name.words;
      if (FIRST_NAMES.has(lower(first!)) && !(AMBIGUOUS_FIRST_NAMES.has(lower(first!)) && /^(von|by|mit|with|für|for|an|to|bei)$/i.test(match[0].split(/\s/)[0]!))) push(name.start, name.end, 0.8);
      else if (second && SURNAME_SET.has(lower(second))) push(name.start, name.end, 0.8);
    }
    // Gazetteer: a known first name, and what follows it.
    for (const match of text.matchAll(CAP_RUN)) {
      const words = wordsOf(match[0], match.index);
      const i = words.findIndex((w) => FIRST_NAMES.has(lower(w.word)));
      if (i === -1) continue;
      const fromName = text.slice(words[i]!.start, match.index + match[0].length);
      const name = trimName(text, fromName, words[i]!.start);
      if (!name) continue;
      const [first, second] = name.words;
      const isAmbiguous = AMBIGUOUS_FIRST_NAMES.has(lower(first!));
      let score: number;
      if (second && SURNAME_SET.has(lower(second))) score = 0.95;
      else if (second) score = isAmbiguous ? 0.35 : 0.85;
      else score = isAmbiguous ? 0.2 : 0.5;
      push(name.start, name.end, score);
    }
    return findings;
  },
};
