import { analyzePersonalData } from "./analyze";
import { REDACT_THRESHOLD, RESIDUAL_THRESHOLD, type PiiFinding, type PiiType } from "./types";

const PLACEHOLDER_PATTERN = /\[[A-Z_]+_\d+\]/g;

/** Placeholder → the original value. Lives in memory for one request; never stored. */
export type PlaceholderMap = Map<string, string>;

export type RedactionResult = {
  text: string;
  /** What was replaced (offsets into the original text). */
  findings: PiiFinding[];
  /** Findings still in the redacted text at or above the residual threshold. */
  residual: PiiFinding[];
};

const normalise = (type: PiiType, value: string) => {
  const compact = value.replace(/[\s\u00a0\u202f]+/g, " ").trim().toLowerCase();
  return type === "IBAN" || type === "CARD" || type === "PHONE" || type === "TAX_ID" || type === "SOCIAL_SECURITY_ID" ? `${type}:${compact.replace(/[^\da-z+]/g, "")}` : `${type}:${compact}`;
};

/**
 * One request's redaction: every text redacted through the same session gets the same
 * placeholder for the same value (`[PERSON_1]` in the topic and in the audience), so a model's
 * output can be mapped back with `restorePlaceholders` where the brief needs the real value.
 */
export class RedactionSession {
  readonly placeholders: PlaceholderMap = new Map();
  private readonly byValue = new Map<string, string>();
  private readonly counters = new Map<PiiType, number>();
  /** Replacements made, by type (a value repeated counts each time). */
  readonly counts: Partial<Record<PiiType, number>> = {};

  /**
   * `reserved`: placeholders already in the texts of this request whose values are not known here
   * (a stored, redacted brief), so a new value never gets one of them and is never mapped back
   * where the model meant the other.
   */
  constructor(private readonly options: { keep?: readonly string[]; reserved?: Iterable<string> } = {}) {}

  redact(text: string): RedactionResult {
    const keep = this.options.keep ?? [];
    const findings = analyzePersonalData(text, { keep, minScore: REDACT_THRESHOLD });
    let out = "";
    let cursor = 0;
    for (const finding of findings) {
      out += text.slice(cursor, finding.start) + this.placeholderFor(finding.type, text.slice(finding.start, finding.end));
      cursor = finding.end;
      this.counts[finding.type] = (this.counts[finding.type] ?? 0) + 1;
    }
    out += text.slice(cursor);
    const residual = findings.length === 0 && !text ? [] : analyzePersonalData(out, { keep, minScore: RESIDUAL_THRESHOLD });
    return { text: out, findings, residual };
  }

  /** Total replacements made in this session. */
  get total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  }

  private placeholderFor(type: PiiType, value: string): string {
    const key = normalise(type, value);
    const existing = this.byValue.get(key);
    if (existing) return existing;
    const reserved = new Set(this.options.reserved ?? []);
    let n = (this.counters.get(type) ?? 0) + 1;
    while (reserved.has(`[${type}_${n}]`)) n++;
    this.counters.set(type, n);
    const placeholder = `[${type}_${n}]`;
    this.byValue.set(key, placeholder);
    this.placeholders.set(placeholder, value);
    return placeholder;
  }
}

/** Redacts one text on its own (a fresh session). */
export function redactText(text: string, options: { keep?: readonly string[] } = {}): RedactionResult & { placeholders: PlaceholderMap } {
  const session = new RedactionSession(options);
  return { ...session.redact(text), placeholders: session.placeholders };
}

/** The placeholders written in a text (`[PERSON_1]`), known or not. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

/** Puts the original values back for the placeholders the map holds; unknown placeholders stay. */
export function restorePlaceholders(text: string, placeholders: PlaceholderMap): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole) => placeholders.get(whole) ?? whole);
}

/**
 * `restorePlaceholders` on every string of a JSON-like value (a model's structured output):
 * arrays and plain objects are copied, other values returned as they are.
 */
export function restorePlaceholdersDeep<T>(value: T, placeholders: PlaceholderMap): T {
  if (placeholders.size === 0) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === "string") return restorePlaceholders(item, placeholders);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype) {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value) as T;
}

/**
 * The reverse of `restorePlaceholders`, for text going back to a model (a repair message that
 * quotes restored output): each original value the map holds becomes its placeholder again,
 * longest first so "Anna Schmidt" is not cut by a shorter value inside it.
 */
export function concealPlaceholderValues(text: string, placeholders: PlaceholderMap): string {
  let out = text;
  const pairs = [...placeholders].filter(([, value]) => value !== "").sort((a, b) => b[1].length - a[1].length);
  for (const [placeholder, value] of pairs) out = out.split(value).join(placeholder);
  return out;
}

/** True when the text holds personal data scoring at least the residual threshold (a chunk, a prompt). */
export function holdsPersonalData(text: string, options: { keep?: readonly string[] } = {}): boolean {
  return analyzePersonalData(text, { keep: options.keep, minScore: RESIDUAL_THRESHOLD }).length > 0;
}
