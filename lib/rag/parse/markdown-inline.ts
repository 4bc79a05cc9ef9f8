// Inline Markdown → plain text. Regex-based on purpose: the knowledge base needs the words a
// reader sees, not a faithful render, and a full CommonMark parser is not among our dependencies.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return safeFromCodePoint(parseInt(name.slice(2), 16), entity);
    if (name.startsWith("#")) return safeFromCodePoint(parseInt(name.slice(1), 10), entity);
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function safeFromCodePoint(codePoint: number, fallback: string): string {
  return Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}

export function stripInlineMarkdown(text: string): string {
  return decodeEntities(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images keep their alt text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // inline links keep their label
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1") // autolinks
      .replace(/<\/?[a-z][^>]*>/gi, "") // inline HTML tags
      .replace(/(`+)(.+?)\1/g, "$2") // code spans
      .replace(/(\*{1,3}|~~)(?=\S)(.+?)(?<=\S)\1/g, "$2") // *em*, **strong**, ~~strike~~
      // Underscore emphasis only at word edges, so snake_case names survive.
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}_])/gu, "$1$3")
      .replace(/\\([!-/:-@[-`{-~])/g, "$1"), // backslash escapes
  );
}
