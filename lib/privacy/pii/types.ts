/**
 * Personal-data detection in the shape of Microsoft Presidio: independent recognizers each report
 * findings (type, span, score); the analyzer merges them; redaction replaces them with typed
 * placeholders. Scores are confidences in [0, 1].
 */
export const PII_TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "CARD", "TAX_ID", "SOCIAL_SECURITY_ID", "DATE_OF_BIRTH", "ADDRESS", "SOCIAL_HANDLE"] as const;
export type PiiType = (typeof PII_TYPES)[number];

export type PiiFinding = {
  type: PiiType;
  start: number;
  /** Exclusive. */
  end: number;
  score: number;
  /** Which recognizer reported it (for tests and the bench). */
  recognizer: string;
};

export type AnalyzeContext = {
  /** Phrases that are not personal data whatever they look like (the brief's product title, the brand's name and handle). */
  keep: readonly string[];
};

export type Recognizer = {
  name: string;
  analyze(text: string, context: AnalyzeContext): PiiFinding[];
};

/** Findings at or above this score are redacted. */
export const REDACT_THRESHOLD = 0.5;
/**
 * What is left after redaction and still scores at least this counts as unredacted personal data:
 * the request may then go to local or self-hosted models only.
 */
export const RESIDUAL_THRESHOLD = 0.4;
