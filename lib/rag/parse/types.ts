/** What every parser produces: the readable structure of one source file. */
export type DocumentBlock = { kind: "heading"; level: number; text: string } | { kind: "paragraph"; text: string };

export type ParsedDocument = {
  title: string | null;
  blocks: DocumentBlock[];
  /**
   * Text a reader of the original never sees (hidden HTML, comments). It is kept out of
   * `blocks` so it is never retrieved as knowledge, and returned so the firewall can flag it.
   */
  hiddenTexts: string[];
  /** Sentences for the uploader about what was skipped or guessed; the parse still succeeded. */
  warnings: string[];
};

/** A file that cannot be turned into text. The message is shown to the uploader as is. */
export class ParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ParseError";
  }
}

export const NO_TEXT_WARNING = "The file contains no readable text.";
