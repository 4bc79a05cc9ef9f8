import type { Asset } from "@/lib/assets/schemas/asset";
import { error, quote } from "./issues";
import type { ValidationIssue } from "./types";

/*
 * Titles, headlines and H1s cut mid-clause: "At 420 g it packs small into any", "Zurück in Hamburg
 * nähten sie in einer Altonaer". Such a line reads as broken to everyone; it used to pass every
 * length and grounding rule. Judged by form: what the last words are, never by one brand's words.
 */

type Language = "de" | "en";

// Words that cannot end a headline: articles, determiners, prepositions, conjunctions, relative
// pronouns and auxiliaries. Particles that end phrasal or separable verbs ("Gear up", "Check it
// out", "Machen Sie mit", "Probieren Sie es aus") are left out on purpose.
const DANGLING: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    "the a an and or but nor because although though unless whereas which whose who whom where when while if than as of for with to from into onto at by about across between among through without within via your our its their my his any every each some this these those is are was were will can could would should has have had its not very more most such".split(" "),
  ),
  de: new Set(
    "der die das den dem des ein eine einer einem einen eines und oder aber denn sondern dass weil wenn ob als wie welche welcher welches welchen welchem deren dessen in im für von vom zum zur beim über unter ohne gegen bis seit hinter neben zwischen während wegen trotz unser unsere unserer unserem unseren ihr ihre ihrer ihrem ihren dein deine sein seine seiner seinem mein meine ist sind war waren wird werden hat haben kann können nicht sehr mehr noch".split(" "),
  ),
};

const DE_DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|unser\p{L}*|ihr\p{L}*|sein\p{L}*|dein\p{L}*|mein\p{L}*|jede[rmns]?|diese[rmns]?)$/iu;
const DE_PREPOSITION = /^(?:in|im|mit|für|von|vom|zu|zum|zur|aus|bei|beim|nach|über|unter|auf|an|am|ohne|durch|gegen|um|bis|seit|vor|hinter|neben|zwischen)$/i;

/** The visible line without a brand suffix ("… | Nordlicht") and closing punctuation. */
function headlineBody(text: string): string {
  return text
    .replace(/\s+[|–—-]\s+[^|–—-]+$/u, "")
    .trim()
    .replace(/[\s"“”»«'’)]+$/u, "");
}

/**
 * Why `text` reads as a sentence cut mid-clause, or null. English and German: a dangling function
 * word at the end, a trailing comma, colon or dash, and for German an article or preposition
 * followed only by an adjective ("in einer großen", "in einer Altonaer"): the noun is missing.
 */
export function fragmentReason(text: string, language: Language): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (/[,;:–—-]$/u.test(trimmed)) return "it ends with a comma, colon or dash";
  const words = headlineBody(trimmed).split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!.replace(/[.!?…,;:]+$/u, "");
  const lower = last.toLocaleLowerCase(language);
  if (DANGLING[language].has(lower)) return `it ends with "${last}", mid-clause`;
  if (language === "de" && words.length >= 3) {
    const before = words[words.length - 2]!;
    const beforeThat = words[words.length - 3]!;
    // German nouns are capitalised: a lowercase word after an article is an adjective without its noun.
    if (DE_DETERMINER.test(before) && /^\p{Ll}/u.test(last) && !/^\p{N}/u.test(last)) return `"${before} ${last}" lacks its noun`;
    // "in einer Altonaer": a place adjective (capitalised, "-er") after preposition and article.
    if (DE_PREPOSITION.test(beforeThat) && /^(?:einer|eines|einem)$/i.test(before) && /^\p{Lu}\p{Ll}+er$/u.test(last)) return `"${beforeThat} ${before} ${last}" lacks its noun`;
  }
  return null;
}

export function isSentenceFragment(text: string, language: Language): boolean {
  return fragmentReason(text, language) !== null;
}

function fieldsToCheck(asset: Asset): { path: string; label: string; text: string }[] {
  switch (asset.kind) {
    case "seo-page":
    case "article":
      return [
        { path: "title.text", label: "Title", text: asset.title.text },
        { path: "h1.text", label: "H1", text: asset.h1.text },
      ];
    case "google-rsa":
      return asset.headlines.map((headline, index) => ({ path: `headlines[${index}].text`, label: `Headline ${index + 1}`, text: headline.text }));
    case "meta-ad":
    case "linkedin-ad":
      return [{ path: "headline.text", label: "Headline", text: asset.headline.text }];
    case "email":
      return [
        { path: "subject.text", label: "Subject", text: asset.subject.text },
        ...asset.sections.map((section, index) => ({ path: `sections[${index}].heading.text`, label: `Section ${index + 1} heading`, text: section.heading.text })),
      ];
    // A post is prose in paragraphs, read to its end; it has no headline line to be cut.
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      return [];
    case "merchant-feed":
      return [{ path: "title.text", label: "Title", text: asset.title.text }];
  }
}

/** Titles, headlines and H1s that are sentence fragments: errors, so a cut line is never marked OK. */
export function checkSentenceFragments(asset: Asset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of fieldsToCheck(asset)) {
    const reason = fragmentReason(field.text, asset.language);
    if (reason) issues.push(error(field.path, "text.fragment", `${field.label} ${quote(field.text)} is a sentence fragment: ${reason}. Finish the phrase or shorten it to a complete one.`));
  }
  return issues;
}
