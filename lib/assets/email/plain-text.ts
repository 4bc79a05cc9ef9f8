import type { Email } from "@/lib/assets/schemas/email";
import { emailButtonUrl, paragraphsOf } from "./tracked-link";

/**
 * The e-mail's plain-text part (multipart/alternative), derived from the same fields as the HTML
 * part: each section's heading and paragraphs, the button as "label: tracked link", the footer
 * with its merge tags as they are. Derived rather than written by the model, so the two parts can
 * never state different facts, and an edit to a section changes both. The subject travels in the
 * message header and the preheader is an inbox preview only, so neither is repeated here.
 */
export function emailPlainText(email: Email): string {
  const blocks: string[] = [];
  for (const section of email.sections) {
    const heading = section.heading.text.trim();
    blocks.push([heading, heading === "" ? "" : "-".repeat([...heading].length)].filter(Boolean).join("\n"));
    blocks.push(...paragraphsOf(section.body.text));
  }
  const link = emailButtonUrl(email);
  if (link) blocks.push(email.callToAction.trim() === "" ? link : `${email.callToAction.trim()}: ${link}`);
  if (email.footer.trim() !== "") blocks.push(`--\n${email.footer.trim()}`);
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}
