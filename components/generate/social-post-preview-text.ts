import type { SocialPostKind } from "@/lib/assets/schemas/social-post";
import { SOCIAL_POST_LIMITS } from "@/lib/assets/validate/social-post";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { truncateVisible } from "./preview-text";

// LinkedIn and Instagram also cut after a few lines, however short they are.
const FEED_LINES: Record<SocialPostKind, number | null> = { "linkedin-post": 3, "instagram-post": 2, "x-post": null };

/**
 * What the feed shows before "see more": the first `seeMore` characters or the first lines,
 * whichever ends first. `cut` is false when the whole text shows (X never cuts).
 */
export function feedCut(kind: SocialPostKind, text: string): { shown: string; cut: boolean } {
  const max = SOCIAL_POST_LIMITS[kind].seeMore;
  const lines = FEED_LINES[kind];
  if (max === null || lines === null) return { shown: text, cut: false };
  const trimmed = text.trimEnd();
  const byLength = visibleLength(trimmed) > max ? truncateVisible(trimmed, max).slice(0, -1) : null;
  const allLines = trimmed.split("\n");
  const byLines = allLines.length > lines ? allLines.slice(0, lines).join("\n").trimEnd() : null;
  const cuts = [byLength, byLines].filter((cut): cut is string => cut !== null);
  if (cuts.length === 0) return { shown: trimmed, cut: false };
  return { shown: cuts.reduce((shortest, cut) => (cut.length < shortest.length ? cut : shortest)), cut: true };
}

/** Splits text into plain runs and hashtags, so the preview can colour hashtags as the networks do. */
export function hashtagRuns(text: string): { text: string; hashtag: boolean }[] {
  const runs: { text: string; hashtag: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]+/gu)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), hashtag: false });
    runs.push({ text: match[0], hashtag: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hashtag: false });
  return runs;
}

/** "@nordlicht": a handle-like name for the X preview, from the author name. */
export function handleOf(name: string): string {
  const handle = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_]/g, "")
    .toLowerCase()
    .slice(0, 15);
  return `@${handle || "yourbrand"}`;
}
