import type { LanguageModelV4Prompt } from "@ai-sdk/provider";

/** A retrieved passage as the prompt quoted it (see lib/knowledge/retrieve/context.ts). */
export type QuotedSource = { id: string; title: string; version: number | null; section: string | null; url: string | null; text: string };

export type ExtractiveInput = {
  /** System instructions (brand rules and the like) — read by writers that need them. */
  instructions: string;
  /** What the user asked, with the quoted sources and any machine-readable brief removed. */
  request: string;
  sources: QuotedSource[];
  /** The JSON inside a <brief>…</brief> element, when the caller put one in the prompt. */
  brief: unknown;
};

const SOURCE_ELEMENT = /<source\s+([^>]*)>\n?([\s\S]*?)\n?<\/source>/g;
const ATTRIBUTE = /([a-z]+)="([^"]*)"/g;
// The element's content is a JSON object; instructions may mention "<brief>" in prose.
const BRIEF_ELEMENT = /<brief>(\{[\s\S]*?\})<\/brief>/;

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/**
 * Reads the prompt the way the prompt builders write it: quoted <source> elements carry the only
 * facts the extractive model may use; everything else is the request. Works on any prompt (a
 * prompt with no sources gives an empty source list, and the writers then say they have nothing).
 */
export function readPrompt(prompt: LanguageModelV4Prompt): ExtractiveInput {
  const instructions: string[] = [];
  const userText: string[] = [];
  for (const message of prompt) {
    if (message.role === "system") instructions.push(message.content);
    else if (message.role === "user") {
      for (const part of message.content) if (part.type === "text") userText.push(part.text);
    }
  }
  const all = [...instructions, ...userText].join("\n");
  const sources: QuotedSource[] = [];
  for (const match of all.matchAll(SOURCE_ELEMENT)) {
    const attributes = Object.fromEntries([...match[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, unescape(a[2]!)]));
    if (!attributes.id) continue;
    sources.push({
      id: attributes.id,
      title: attributes.title ?? "",
      version: attributes.version ? Number(attributes.version) : null,
      section: attributes.section ?? null,
      url: attributes.url ?? null,
      text: unescape(match[2]!),
    });
  }
  const briefMatch = BRIEF_ELEMENT.exec(userText.join("\n"));
  let brief: unknown = null;
  if (briefMatch) {
    try {
      brief = JSON.parse(unescape(briefMatch[1]!));
    } catch {
      brief = null;
    }
  }
  const request = userText
    .join("\n")
    .replace(/<sources>[\s\S]*?<\/sources>/g, "")
    .replace(BRIEF_ELEMENT, "")
    // The preamble that introduces the quoted sources is prompt scaffolding, not the request.
    .split("\n")
    .filter((line) => !line.includes("<sources>"))
    .join("\n")
    .trim();
  return { instructions: instructions.join("\n"), request, sources, brief };
}
