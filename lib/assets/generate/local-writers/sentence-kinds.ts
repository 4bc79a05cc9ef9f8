/*
 * What kind of sentence a source line holds, judged by its form, so the local writers quote only
 * sentences a customer could read. A brand kit mixes copy with text addressed to the people who
 * write it: instructions ("Stattdessen den Wert nennen"), notes ("No new claims for this
 * campaign."), list labels ("colour: Fjord blue"), language markers ("EN: …"), numbered headings
 * ("3. Bevorzugte Begriffe") and sentences about the brand's own rules ("We write backpack, not
 * rucksack."). None of it may become copy, whatever brand or language it comes from; the
 * heuristics below look at form and at the vocabulary of writing rules, never at one brand's words.
 *
 * An instruction to the customer ("Close all zips before washing.") is content and stays: only
 * imperatives that are about writing (a writing verb, or a writing object such as a term, a claim
 * or a headline) count as instructions.
 */

export type SentenceKind =
  /** A statement a customer can read. */
  | "statement"
  /** A question (FAQ material). */
  | "question"
  /** A heading or numbered heading: names a section, says nothing. */
  | "heading"
  /** "key: value" with a short value: data, not a sentence. */
  | "list-label"
  /** Starts with a language marker ("EN:", "DE –", "[de]"): a bilingual working document. */
  | "language-marker"
  /** Addressed to writers: what to write, say, use or avoid. */
  | "instruction"
  /** About the brand's own writing rules (banned words, preferred terms, tone, disclaimers). */
  | "rule"
  /** Addressed to the team, not to customers: who holds a budget, whom to ask, deadlines and sign-offs. */
  | "team-note";

/** Only these kinds may be quoted in copy. */
export function isCopyKind(kind: SentenceKind): boolean {
  return kind === "statement" || kind === "question";
}

const LANGUAGE_MARKER = /^\s*(?:\[(?:en|de|eng|ger|deu)\]|\((?:en|de)\)|(?:EN|DE|ENG|GER|DEU|EN-GB|EN-US|DE-DE)\s*[:|–—-])\s*/i;

// "3. Bevorzugte Begriffe", "2) Tone", "1.2 Claims": a number, then a few words, no full stop.
const NUMBERED_HEADING = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+[\p{Lu}\p{Ll}]/u;
const HEADING_MAX_WORDS = 7;

// "colour: Fjord blue", "Material – recycled nylon": a label of at most three words.
const LABEL = /^\s*([\p{L}][\p{L}\p{N} /&-]{0,30}?)\s*:\s+(.+)$/u;
const LABEL_VALUE_MAX_WORDS = 4;

// Prefixes of working notes.
const NOTE_PREFIX = /^\s*(?:note|nb|n\.b\.|todo|fyi|internal|intern|hinweis für|achtung|wichtig|anmerkung|notiz)\b\s*[:!-]/i;

/*
 * The vocabulary of writing rules. Word boundaries guard against content words that contain them
 * ("two-tone" is not "tone", "Pflegehinweise" not "Hinweis"); "claims" only in its writing senses,
 * since a warranty claim is a service fact.
 */
const RULE_WORDS_EN =
  /(?:\b(?:banned|forbidden|prohibited|not allowed|preferred (?:terms?|words?|spellings?|wording)|disclaimers?|brand voice|tone of voice|wording|spelling|sentence case|title case|exclamation (?:marks?|points?)|superlatives?|copywriters?|writers|ad copy|our copy|in copy|headlines?|new claims|no claims|claims? (?:like|such as)|(?:advertising|marketing|health|green) claims|style ?guide|brand guide|brand guidelines|writing guidelines|this campaign|product names? (?:stay|stays|are written|is written|remain))\b|(?<![-\w])tone\b|(?<![-\w])(?<!in )terms?\b(?! and conditions| & conditions| of (?:use|service|sale)))/i;
const RULE_WORDS_DE =
  /(?:\b(?:verboten|untersagt|nicht erlaubt|bevorzugte[rn]? (?:Begriffe?|Schreibweisen?|Wörter|Wort)|Begriff|Begriffe|Begriffen|Schreibweisen?|Pflichthinweise?|Disclaimer|Tonalität|Ansprache|duzen|siezen|Du-Form|Sie-Form|Ausrufezeichen|Großschreibung|Kleinschreibung|Formulierungen?|Werbeaussagen?|Werbeversprechen|Superlative?|neuen Aussagen|keine neuen|Texter(?:innen)?|Anzeigentexte?|Überschriften?|Markenstimme|Styleguide|Leitfaden|diese[rn]? Kampagne|Produktnamen? (?:bleiben|bleibt))\b|\b(?:wir schreiben|schreiben wir|wir sagen|sagen wir|wir nennen|nennen wir)\b)/i;
const WE_WRITE_EN = /\bwe (?:write|say|call|use the (?:term|word)|never (?:say|write|use)|don't (?:say|write|use)|do not (?:say|write|use)|avoid|prefer)\b/i;

// Verbs that on their own make an imperative about writing.
const WRITING_VERBS_EN = "write|say|mention|call|name|state|spell|capitali[sz]e|cite|phrase|translate|promise|claim|refer to|address|quote|tag|word";
// Verbs that are about writing only with a writing object ("Use the term …", not "Use a soft brush").
const GENERAL_VERBS_EN = "use|avoid|keep|include|add|replace|prefer|describe|drop|omit|lead with|stick to|put|leave|write out|show|link";
const IMPERATIVE_LEAD_EN = "(?:please\\s+|always\\s+|never\\s+|only\\s+|instead,?\\s+|do not\\s+|don't\\s+|also\\s+)*";
const WRITING_IMPERATIVE_EN = new RegExp(`^${IMPERATIVE_LEAD_EN}(?:${WRITING_VERBS_EN})\\b`, "i");
const GENERAL_IMPERATIVE_EN = new RegExp(`^${IMPERATIVE_LEAD_EN}(?:${GENERAL_VERBS_EN})\\b`, "i");
const WRITING_OBJECT_EN = /\b(?:terms?|words?|wording|names?|values?|claims?|copy|texts?|headlines?|phrases?|emojis?|exclamation|superlatives?|spelling|numbers?|prices? format|language|disclaimers?|brand|tone|voice|sentences?|capitals?|the reader|readers|customers? as)\b/i;
const YOU_EN = /\byou(?:r)?\b/i;

const WRITING_VERBS_DE =
  "nennen|schreiben|sagen|erwähnen|formulieren|übersetzen|zitieren|versprechen|behaupten|großschreiben|kleinschreiben|duzen|siezen|ansprechen|bezeichnen|ausschreiben";
// About writing only with a writing object ("Begriffe vermeiden", not "Weichspüler nicht verwenden").
const GENERAL_VERBS_DE = "verwenden|vermeiden|benutzen|weglassen|streichen|ersetzen|angeben|nutzen";
// An instruction in the infinitive: "Stattdessen den Wert nennen." — the verb ends the sentence.
const infinitiveEnding = (verbs: string) => new RegExp(`(?:^|\\s)(?:nicht\\s+|nie\\s+|immer\\s+)?(?:${verbs})[.!]?$`, "i");
const WRITING_INFINITIVE_DE = infinitiveEnding(WRITING_VERBS_DE);
const GENERAL_INFINITIVE_DE = infinitiveEnding(GENERAL_VERBS_DE);
// A subject or modal makes the same ending a statement ("… lässt sich gut verwenden.").
const DE_SUBJECT_OR_MODAL = /\b(?:ich|wir|man|er|es|kann|können|lässt|lassen|will|wollen|möchte|möchten|wird|werden)\b/i;
// "Verwenden Sie …", "Bitte nennen Sie …": formal imperative.
const FORMAL_IMPERATIVE_DE = /^(?:bitte\s+)?(\p{L}+(?:en|ern|eln))\s+Sie\b/iu;
const WRITING_OBJECT_DE = /\b(?:Begriffe?|Wörter|Wort|Namen|Produktnamen|Werte?|Aussagen?|Texte?|Überschriften?|Formulierungen?|Emojis?|Ausrufezeichen|Superlative?|Schreibweisen?|Zahlen|Preise? im Format|Sprache|Hinweise?|Marke|Ton|Sätze|Leser(?:innen)?|Kund(?:en|innen) mit)\b/i;
// "Produktnamen bleiben so", "Names stay as they are": a convention, not a statement about a product.
const STAYS_AS_IS = /\b(?:bleiben|bleibt) (?:so|unverändert|wie sie sind|wie es ist|auf Englisch|englisch)\b|\b(?:stay|stays|remain|remains) (?:as (?:they are|it is|written)|unchanged|in English|in German)\b/i;

/*
 * Campaign notes also carry organisation: who holds the budget, where questions go, when drafts are
 * due. Those lines say nothing a customer could use, so they are team notes wherever they stand.
 * Strong markers count alone; "budget" and "agency" only with a verb of holding or handling, since
 * "for every budget" or "a travel agency" may be copy.
 */
const TEAM_NOTE_EN =
  /\b(?:questions? (?:go(?:es)? )?to|reach out to|contact person|point of contact|sign[- ]off|approval (?:by|from)|kick-?off|deadline for (?:drafts?|copy|texts?|the team)|drafts? (?:are |is )?due|due (?:by|on) (?:mon|tues|wednes|thurs|fri)day|internal(?:ly)? only|briefing)\b|\b(?:holds?|owns?|manages?|handles?|controls?) the (?:budget|campaign budget|media budget)\b|\bbudget (?:is|lies|sits|stays) with\b|\bthe agency (?:holds?|handles?|owns?|manages?|books?|runs?)\b/iu;
const TEAM_NOTE_DE =
  /(?:\bRückfragen (?:an|bitte an|gehen an)|\bAnsprechpartner(?:in)?\b|\bFreigabe (?:durch|bei|von)\b|\bAbstimmung mit\b|\bDeadline für (?:Entw\u00fcrfe|Texte|das Team)\b|\bAbgabe (?:der|des) (?:Entw\u00fcrfe|Texte|Entwurfs)\b|\bnur intern\b|\bBriefing\b|\bBudget (?:liegt|bleibt|ist) bei\b|\b(?:verwaltet|h\u00e4lt|betreut) (?:das|unser) Budget\b|\bdie Agentur (?:verwaltet|h\u00e4lt|betreut|bucht|\u00fcbernimmt)\b)/iu;

function isTeamNote(text: string): boolean {
  return TEAM_NOTE_EN.test(text) || TEAM_NOTE_DE.test(text);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…]["“”»«')]?\s*$/u.test(text);
}

function isInstruction(text: string): boolean {
  const trimmed = text.trim();
  if (NOTE_PREFIX.test(trimmed)) return true;
  if (WRITING_IMPERATIVE_EN.test(trimmed)) return true;
  if (GENERAL_IMPERATIVE_EN.test(trimmed) && WRITING_OBJECT_EN.test(trimmed)) return true;
  if (YOU_EN.test(trimmed) && (WE_WRITE_EN.test(trimmed) || /\b(?:write|say|mention|copy|wording|term)\b/i.test(trimmed))) return true;
  const formal = FORMAL_IMPERATIVE_DE.exec(trimmed);
  if (formal) {
    const verb = formal[1]!.toLocaleLowerCase("de");
    if (new RegExp(`^(?:${WRITING_VERBS_DE})$`, "i").test(verb) || WRITING_OBJECT_DE.test(trimmed)) return true;
  }
  if (!DE_SUBJECT_OR_MODAL.test(trimmed)) {
    if (WRITING_INFINITIVE_DE.test(trimmed)) return true;
    if (GENERAL_INFINITIVE_DE.test(trimmed) && WRITING_OBJECT_DE.test(trimmed)) return true;
  }
  return STAYS_AS_IS.test(trimmed);
}

function isRuleTalk(text: string): boolean {
  return RULE_WORDS_EN.test(text) || RULE_WORDS_DE.test(text) || WE_WRITE_EN.test(text);
}

/**
 * The kind of one sentence or source line. Pass the line as it stood in the source (list
 * markers and all): "3. Bevorzugte Begriffe" is a heading only while its number is there.
 */
export function classifySentence(text: string): SentenceKind {
  const trimmed = text.trim();
  if (trimmed === "") return "heading";
  if (LANGUAGE_MARKER.test(trimmed)) return "language-marker";
  if (/^#{1,6}\s/.test(trimmed)) return "heading";
  if (NUMBERED_HEADING.test(trimmed) && !endsLikeSentence(trimmed) && wordCount(trimmed) <= HEADING_MAX_WORDS) return "heading";
  // A line that introduces a list ("Banned words:", "Unsere Regeln:") or ends in a colon names what follows.
  if (/:\s*$/.test(trimmed) && wordCount(trimmed) <= HEADING_MAX_WORDS) return "heading";
  if (isInstruction(trimmed)) return "instruction";
  if (isTeamNote(trimmed)) return "team-note";
  if (isRuleTalk(trimmed)) return "rule";
  const label = LABEL.exec(trimmed);
  if (label && wordCount(label[1]!) <= 3 && (wordCount(label[2]!) <= LABEL_VALUE_MAX_WORDS || !endsLikeSentence(label[2]!))) return "list-label";
  return trimmed.endsWith("?") ? "question" : "statement";
}

/** True when the sentence may be quoted in copy (a statement or a question). */
export function isQuotable(text: string): boolean {
  return isCopyKind(classifySentence(text));
}
