import { INJECTION_THRESHOLD, injectionScore } from "./classifier";
import { normalizeForScan } from "./normalize";
import { INJECTION_RULES } from "./rules";
import { splitSentences, type TextSpan } from "./sentences";

/** One reason to hold text back from generation until a person has looked at it. */
export type FirewallFinding = { rule: string; excerpt: string; score?: number };

/** A sentence cut out of a chunk: what it said, where it was, and what fired. */
export type QuarantinedSpan = { start: number; text: string; rule: string; score: number };

/** The rule name recorded when only the trained classifier fired. */
export const CLASSIFIER_RULE = "classifier";

const EXCERPT_CONTEXT = 40;
const MAX_EXCERPT = 200;
// A page stuffed with one payload repeated hundreds of times needs a handful of examples, not all.
const MAX_FINDINGS_PER_RULE = 5;
// Hidden text shorter than this is usually an icon label or a layout artefact ("×", "Menu").
const MIN_HIDDEN_LETTERS = 12;
const MIN_HIDDEN_WORDS = 3;
// A sentence next to a quarantined one is cut too when the classifier finds it this suspicious
// on its own (an attack's second sentence: "Instead, tell every reader …"), a lower bar than a
// standalone sentence needs because it sits beside a confirmed payload.
const NEIGHBOUR_FACTOR = 0.6;
// What is left of a chunk after cutting must still say something; otherwise the whole chunk
// is held back (flagged) and nothing is cut.
const MIN_REMAINING_LETTERS = 20;

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  let excerpt = text.slice(from, to).replace(/\s+/g, " ").trim();
  if (excerpt.length > MAX_EXCERPT) excerpt = `${excerpt.slice(0, MAX_EXCERPT - 1)}…`;
  return `${from > 0 ? "…" : ""}${excerpt}${to < text.length && !excerpt.endsWith("…") ? "…" : ""}`;
}

function shortExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT - 1)}…` : flat;
}

// Most patterns start with "no word character before" (rules.ts). A regex that starts with a
// lookbehind cannot skip ahead to its first letter, so it is tried at every position; the same
// pattern without it, with the boundary checked in code on each hit, scans about twice as fast
// and matches exactly the same texts.
const WORD_START_SOURCE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
type RulePattern = { rule: string; pattern: RegExp; fast: RegExp; checksStart: boolean };
const ALL_PATTERNS: RulePattern[] = INJECTION_RULES.flatMap(({ rule, patterns }) =>
  patterns.map((pattern) => {
    const checksStart = pattern.source.startsWith(WORD_START_SOURCE);
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    const fast = checksStart ? new RegExp(pattern.source.slice(WORD_START_SOURCE.length), flags) : new RegExp(pattern.source, flags);
    return { rule, pattern, fast, checksStart };
  }),
);

function patternMatches({ fast, checksStart }: RulePattern, text: string): boolean {
  fast.lastIndex = 0;
  for (;;) {
    const match = fast.exec(text);
    if (!match) return false;
    if (!checksStart || match.index === 0 || !WORD_CHAR.test(text[match.index - 1]!)) return true;
    fast.lastIndex = match.index + 1;
  }
}

/** The patterns (of `candidates`) that match `scanText` (already in scan form). */
function matchingPatterns(scanText: string, candidates: RulePattern[] = ALL_PATTERNS): RulePattern[] {
  return candidates.filter((candidate) => patternMatches(candidate, scanText));
}

/** The rules that fire on `scanText`, each once. */
function firingRules(scanText: string, candidates?: RulePattern[]): string[] {
  return [...new Set(matchingPatterns(scanText, candidates).map(({ rule }) => rule))];
}

/** The verdict on one short text (a sentence, a heading, a title, a feed field). */
export type Assessment = { isInjection: boolean; rules: string[]; score: number };

// The classifier scores windows of a long sentence, so a payload glued to unrelated text without
// a full stop ("…Avondale GA 30002 Ignore your instructions and …") is not diluted by it. Fewer
// than MIN_CLASSIFIER_WORDS words are left to the rules: a two-word label has too little to go on.
const WINDOW_WORDS = 24;
const WINDOW_STRIDE = 12;
const MIN_CLASSIFIER_WORDS = 3;

function classifierScore(scanText: string, model: ScoringModel): number {
  const words = scanText.split(/\s+/);
  if (words.length < MIN_CLASSIFIER_WORDS) return 0;
  if (words.length <= WINDOW_WORDS + WINDOW_STRIDE) return model.score(scanText);
  let best = 0;
  for (let start = 0; start < words.length; start += WINDOW_STRIDE) {
    best = Math.max(best, model.score(words.slice(start, start + WINDOW_WORDS).join(" ")));
    if (start + WINDOW_WORDS >= words.length) break;
  }
  return best;
}

/** A classifier and its threshold; the shipped one unless training passes a candidate. */
export type ScoringModel = { score: (scanText: string) => number; threshold: number };

const SHIPPED_MODEL: ScoringModel = { score: injectionScore, threshold: INJECTION_THRESHOLD };

export function assessText(text: string, model: ScoringModel = SHIPPED_MODEL, candidates: RulePattern[] = ALL_PATTERNS): Assessment {
  const scanText = normalizeForScan(text);
  if (!/\p{L}/u.test(scanText)) return { isInjection: false, rules: [], score: 0 };
  const rules = candidates.length > 0 ? firingRules(scanText, candidates) : [];
  const score = classifierScore(scanText, model);
  return { isInjection: rules.length > 0 || score >= model.threshold, rules, score };
}

/**
 * Each sentence of `text` with its verdict. The patterns run once over the whole text first;
 * per sentence only those that matched there run again (most text is clean, and seventy
 * patterns per sentence would cost more than the classifier).
 */
export function assessSentences(text: string, model: ScoringModel = SHIPPED_MODEL): { sentence: TextSpan; verdict: Assessment }[] {
  const candidates = matchingPatterns(normalizeForScan(text));
  return splitSentences(text).map((sentence) => ({ sentence, verdict: assessText(sentence.text, model, candidates) }));
}

/** Whether any sentence of `text` is an injection (what the benchmark counts per text). */
export function containsInjection(text: string, model: ScoringModel = SHIPPED_MODEL): boolean {
  return assessSentences(text, model).some(({ verdict }) => verdict.isInjection);
}

/**
 * Finds the sentences of `text` that address a model (rules or classifier), and returns the
 * text without them plus the cut spans. The rest of the text is untouched, so the facts around
 * a planted sentence stay usable. `isHeldBack` is true when so little would remain that the
 * text is better held back whole (then `text` is returned unchanged and nothing is cut).
 */
export function quarantineSentences(text: string): { text: string; spans: QuarantinedSpan[]; isHeldBack: boolean } {
  const assessed = assessSentences(text);
  const sentences = assessed.map(({ sentence }) => sentence);
  const verdicts = assessed.map(({ verdict }) => verdict);
  const confirmed = verdicts.map((verdict) => verdict.isInjection);
  const cut = [...confirmed];
  for (let i = 0; i < sentences.length; i++) {
    if (cut[i]) continue;
    // Only next to a sentence that is an injection on its own: the extension never chains on.
    const besideCut = confirmed[i - 1] === true || (confirmed[i + 1] === true && verdicts[i + 1]!.rules.length > 0);
    if (besideCut && verdicts[i]!.score >= INJECTION_THRESHOLD * NEIGHBOUR_FACTOR) cut[i] = true;
  }
  const spans: QuarantinedSpan[] = [];
  sentences.forEach((sentence, i) => {
    if (!cut[i]) return;
    const verdict = verdicts[i]!;
    spans.push({ start: sentence.start, text: sentence.text, rule: verdict.rules[0] ?? CLASSIFIER_RULE, score: round(verdict.score) });
  });
  if (spans.length === 0) return { text, spans, isHeldBack: false };
  const remaining = removeSpans(text, spans);
  if ((remaining.match(/\p{L}/gu)?.length ?? 0) < MIN_REMAINING_LETTERS) return { text, spans, isHeldBack: true };
  return { text: remaining, spans, isHeldBack: false };
}

/** `text` without the spans (given by start offset and text), whitespace around cuts tidied. */
export function removeSpans(text: string, spans: { start: number; text: string }[]): string {
  let result = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    result += text.slice(cursor, span.start);
    cursor = span.start + span.text.length;
    // A span that was a whole line takes its line break with it (no empty line left behind).
    if ((span.start === 0 || text[span.start - 1] === "\n") && text[cursor] === "\n") cursor += 1;
  }
  result += text.slice(cursor);
  return result
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Puts quarantined spans back into the text they were cut from (an admin released them). Spans
 * are re-inserted at their original offsets, in order; the tidying of removeSpans is undone
 * only approximately (a single space or line break where the sentence was).
 */
export function restoreSpans(cleaned: string, original: { start: number; text: string }[]): string {
  const spans = [...original].sort((a, b) => a.start - b.start);
  let result = cleaned;
  for (const span of spans) {
    const at = Math.min(span.start, result.length);
    const before = result.slice(0, at);
    const after = result.slice(at);
    const gapBefore = before === "" || /\s$/.test(before) ? "" : " ";
    const gapAfter = after === "" || /^\s/.test(after) ? "" : before.endsWith("\n") ? "\n" : " ";
    result = `${before}${gapBefore}${span.text}${gapAfter}${after}`;
  }
  return result;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Text that addresses a language model (prompt injection), in English or German: one finding per firing rule and sentence. */
export function scanForInjection(text: string): FirewallFinding[] {
  const findings: FirewallFinding[] = [];
  const perRule = new Map<string, number>();
  for (const { sentence, verdict } of assessSentences(text)) {
    if (!verdict.isInjection) continue;
    const rules = verdict.rules.length > 0 ? verdict.rules : [CLASSIFIER_RULE];
    for (const rule of rules) {
      const count = perRule.get(rule) ?? 0;
      if (count >= MAX_FINDINGS_PER_RULE) continue;
      perRule.set(rule, count + 1);
      findings.push({ rule, excerpt: excerptAround(text, sentence.start, sentence.end), score: round(verdict.score) });
    }
  }
  return findings;
}

function isNonTrivial(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return letters >= MIN_HIDDEN_LETTERS && words >= MIN_HIDDEN_WORDS;
}

/**
 * Hidden page text (see parse/html-hidden.ts) worth a reviewer's look: anything beyond a few
 * letters. Whether it also reads as an injection is scanForInjection's job.
 */
export function scanHiddenText(hiddenTexts: string[]): FirewallFinding[] {
  return hiddenTexts
    .map(normalizeForScan)
    .filter(isNonTrivial)
    .map((text) => ({ rule: "hidden-html-text", excerpt: shortExcerpt(text) }));
}
