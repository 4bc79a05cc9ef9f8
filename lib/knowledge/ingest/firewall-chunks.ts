import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";
import type { Chunk } from "@/lib/rag/chunk/chunk-blocks";
import { assessSentences, quarantineSentences, restoreSpans, scanHiddenText, type Assessment } from "@/lib/rag/firewall/scan";
import { normalizeText } from "@/lib/rag/text/normalize";
import { countTokens } from "@/lib/rag/text/tokenize";

export type FirewalledChunk = Chunk & { firewallFlags: FirewallFlag[] };
export type FirewallStatus = "clean" | "quarantined" | "flagged";

export const HIDDEN_TEXT_SECTION = "(text hidden from readers)";
/** What stands in a chunk's section path for a heading that was quarantined. */
export const WITHHELD_HEADING = "(heading withheld by the content firewall)";
const MAX_EXCERPT = 200;

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT - 1)}…` : flat;
};

/** The verdict on a short field (heading, title): an injection if any of its sentences is one. */
function assessField(text: string): Assessment | null {
  const hit = assessSentences(text).find(({ verdict }) => verdict.isInjection);
  return hit ? hit.verdict : null;
}

/** Whole chunk held back if any flag has no quarantined span; otherwise only spans were cut. */
export function firewallStatusFor(flags: FirewallFlag[]): FirewallStatus {
  if (flags.length === 0) return "clean";
  return flags.some((flag) => !flag.quarantined) ? "flagged" : "quarantined";
}

/**
 * The content firewall over one version's chunks, after chunking and before embedding (so
 * neither the embeddings nor the postings see a quarantined sentence):
 * - chunk text: each sentence that addresses a model is cut out and kept in a flag; the rest
 *   of the chunk stays usable. A chunk with almost nothing left is held back whole.
 * - headings (section paths go into every prompt next to the text): a planted heading is
 *   replaced by WITHHELD_HEADING and kept in a flag.
 * - the source title (also in every prompt, and not ours to rewrite): if it addresses a model,
 *   every chunk is held back until an admin releases it.
 * - hidden HTML text: its own chunk, one paragraph per hidden element, always held back.
 * Product feeds arrive as chunk text with one field per line, so each field is its own sentence.
 */
export function firewallChunks(options: { chunks: Chunk[]; hiddenTexts: string[]; title: string }): FirewalledChunk[] {
  const headingVerdicts = new Map<string, Assessment | null>();
  const titleVerdict = assessField(options.title);
  const titleFlag: FirewallFlag[] = titleVerdict
    ? [{ rule: titleVerdict.rules[0] ?? "classifier", excerpt: excerpt(options.title), score: round(titleVerdict.score), field: "title" }]
    : [];

  const result: FirewalledChunk[] = options.chunks.map((chunk) => {
    const flags: FirewallFlag[] = [...titleFlag];
    const sectionPath = chunk.sectionPath.map((heading, index) => {
      if (!headingVerdicts.has(heading)) headingVerdicts.set(heading, assessField(heading));
      const verdict = headingVerdicts.get(heading);
      if (!verdict) return heading;
      flags.push({ rule: verdict.rules[0] ?? "classifier", excerpt: excerpt(heading), score: round(verdict.score), field: "heading", quarantined: { start: index, text: heading } });
      return WITHHELD_HEADING;
    });
    const quarantine = quarantineSentences(chunk.text);
    for (const span of quarantine.spans) {
      flags.push({
        rule: span.rule,
        excerpt: excerpt(span.text),
        score: span.score,
        field: "text",
        ...(quarantine.isHeldBack ? {} : { quarantined: { start: span.start, text: span.text } }),
      });
    }
    const text = quarantine.text;
    return { ...chunk, sectionPath, text, tokenCount: text === chunk.text ? chunk.tokenCount : countTokens(text), firewallFlags: flags };
  });

  // Hidden HTML text is kept as its own held-back chunk, one paragraph per hidden element (never
  // glued to a visible sentence): visible to admins for review, never used unless released.
  const hiddenFindings = scanHiddenText(options.hiddenTexts);
  if (hiddenFindings.length > 0) {
    const text = normalizeText(options.hiddenTexts.join("\n\n"));
    const injections = quarantineSentences(text).spans.map((span): FirewallFlag => ({ rule: span.rule, excerpt: excerpt(span.text), score: span.score, field: "hidden" }));
    result.push({
      ordinal: result.length,
      sectionPath: [HIDDEN_TEXT_SECTION],
      text,
      tokenCount: countTokens(text),
      firewallFlags: [...hiddenFindings.map((finding): FirewallFlag => ({ ...finding, field: "hidden" })), ...injections],
    });
  }
  return result;
}

/** A chunk as it was before quarantine: cut sentences back in the text, withheld headings back in the path. */
export function releaseQuarantine(chunk: { text: string; sectionPath: string[]; firewallFlags: FirewallFlag[] }): { text: string; sectionPath: string[] } {
  const textSpans = chunk.firewallFlags.filter((flag) => flag.quarantined && (flag.field ?? "text") === "text").map((flag) => flag.quarantined!);
  const sectionPath = [...chunk.sectionPath];
  for (const flag of chunk.firewallFlags) {
    if (flag.field === "heading" && flag.quarantined && flag.quarantined.start < sectionPath.length) sectionPath[flag.quarantined.start] = flag.quarantined.text;
  }
  return { text: textSpans.length > 0 ? restoreSpans(chunk.text, textSpans) : chunk.text, sectionPath };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
