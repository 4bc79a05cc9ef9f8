import { isKept } from "../context";
import type { PiiFinding, Recognizer } from "../types";

const HANDLE = /(?<![\p{L}\p{N}._%+@`-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}@(]|\.[\p{L}\p{N}])/gu;
const PLATFORM = /(instagram|insta\b|\big\b|twitter|\bx\b|tiktok|threads|mastodon|bluesky|youtube|twitch|snapchat|linkedin|pinterest|facebook|social|handle|account|profil|profile|folg[te]|follow|dm\b|erwähn|mention|tag\b|markier|creator|influencer)/i;
// CSS at-rules, decorators and annotations are not people.
const CODE_WORDS = new Set(["media", "import", "font-face", "keyframes", "supports", "override", "component", "injectable", "param", "returns", "type", "deprecated", "property", "apply", "tailwind", "layer", "use", "each", "include", "mixin", "extend", "charset", "page", "namespace", "container", "everyone", "here", "channel", "all"]);

// Profile links name the handle too: instagram.com/anna.outdoor, tiktok.com/@anna.
const PROFILE_URL = /(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|tiktok\.com|twitter\.com|x\.com|facebook\.com|threads\.net|youtube\.com|pinterest\.[a-z]+|linkedin\.com\/in)\/@?[A-Za-z0-9_.-]*[A-Za-z0-9_]/gi;

/** Social handles (@name) near a platform word, or in a profile link; never an e-mail, a price or an @ in code. */
export const socialHandleRecognizer: Recognizer = {
  name: "social-handle",
  analyze(text, context) {
    const findings: PiiFinding[] = [];
    for (const match of text.matchAll(HANDLE)) {
      const name = match[1]!;
      if (CODE_WORDS.has(name.toLowerCase()) || /^\d+([.,]\d+)?$/.test(name)) continue;
      const window = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 40);
      const hasPlatform = PLATFORM.test(window);
      if (isKept(text, match.index, match.index + match[0].length, context.keep)) continue;
      findings.push({ type: "SOCIAL_HANDLE", start: match.index, end: match.index + match[0].length, score: hasPlatform ? 0.9 : 0.6, recognizer: "social-handle" });
    }
    for (const match of text.matchAll(PROFILE_URL)) {
      if (isKept(text, match.index, match.index + match[0].length, context.keep)) continue;
      findings.push({ type: "SOCIAL_HANDLE", start: match.index, end: match.index + match[0].length, score: 0.8, recognizer: "social-handle" });
    }
    return findings;
  },
};
