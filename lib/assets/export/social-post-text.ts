import type { Asset } from "@/lib/assets/schemas/asset";
import { isSocialPostKind, type SocialPost } from "@/lib/assets/schemas/social-post";
import { composeSocialPost } from "@/lib/assets/social/compose-post";

/**
 * A social post as plain text, ready to paste into the network: text, tracked link, hashtags,
 * exactly what the length rules counted. Null for other kinds. Ends with a line break, as text
 * files do.
 */
export function socialPostText(asset: Asset): string | null {
  if (!isSocialPostKind(asset.kind)) return null;
  return `${composeSocialPost(asset as SocialPost)}\n`;
}
