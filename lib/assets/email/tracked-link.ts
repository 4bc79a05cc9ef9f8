import type { Email } from "@/lib/assets/schemas/email";
import { buildUtmUrl } from "@/lib/assets/schemas/utm";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";

/**
 * The button's link with its UTM parameters, or null while the final URL is not an absolute
 * http(s) URL (validation reports that): a javascript: or data: URL must never become a button.
 */
export function emailButtonUrl(email: Pick<Email, "finalUrl" | "utm">): string | null {
  if (!isAbsoluteHttpUrl(email.finalUrl)) return null;
  try {
    return buildUtmUrl(email.finalUrl, email.utm);
  } catch {
    return null;
  }
}

/** A section's text as paragraphs: a blank line separates them, a single line break stays inside one. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
