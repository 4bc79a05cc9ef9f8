import { INJECTION_RULES } from "@/lib/rag/firewall-rules";
import { normalizeText } from "@/lib/rag/text/normalize";

/** One reason to hold a chunk back from generation until a person has looked at it. */
export type FirewallFinding = { rule: string; excerpt: string };

const EXCERPT_CONTEXT = 40;
const MAX_EXCERPT = 200;
// A page stuffed with one payload repeated hundreds of times needs a handful of examples, not all.
const MAX_FINDINGS_PER_RULE = 5;
// Hidden text shorter than this is usually an icon label or a layout artefact ("×", "Menu").
const MIN_HIDDEN_LETTERS = 12;
const MIN_HIDDEN_WORDS = 3;

/**
 * The form patterns see: NFKC folds look-alikes (fullwidth "ｉｇｎｏｒｅ", ligatures), and
 * normalizeText removes zero-width characters that would split a keyword invisibly.
 */
function prepare(text: string): string {
  return normalizeText(text.normalize("NFKC"));
}

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  let excerpt = text.slice(from, to).replace(/\s+/g, " ").trim();
  if (excerpt.length > MAX_EXCERPT) excerpt = `${excerpt.slice(0, MAX_EXCERPT - 1)}…`;
  return `${from > 0 ? "…" : ""}${excerpt}${to < text.length && !excerpt.endsWith("…") ? "…" : ""}`;
}

/** Text that addresses a language model (prompt injection), in English or German. */
export function scanForInjection(text: string): FirewallFinding[] {
  const prepared = prepare(text);
  const findings: FirewallFinding[] = [];
  for (const { rule, patterns } of INJECTION_RULES) {
    const seen = new Set<string>();
    for (const pattern of patterns) {
      for (const match of prepared.matchAll(pattern)) {
        if (seen.size >= MAX_FINDINGS_PER_RULE) break;
        const excerpt = excerptAround(prepared, match.index, match.index + match[0].length);
        if (seen.has(excerpt)) continue;
        seen.add(excerpt);
        findings.push({ rule, excerpt });
      }
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
    .map(prepare)
    .filter(isNonTrivial)
    .map((text) => ({ rule: "hidden-html-text", excerpt: excerptAround(text, 0, Math.min(text.length, MAX_EXCERPT - EXCERPT_CONTEXT)) }));
}
