import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { createElement as h, type ReactNode } from "react";
import type { Email } from "@/lib/assets/schemas/email";
import { FOOTER_LINK } from "@/lib/assets/email/unsubscribe";
import { emailButtonUrl, paragraphsOf } from "@/lib/assets/email/tracked-link";

/*
 * The HTML part of an e-mail, rendered with React Email: table layout and inline styles (what
 * Outlook and Gmail keep), every text escaped by React, the preheader as the hidden preview text.
 * Neutral styles on purpose: the sending tool's template or the brand's designer adds the look;
 * this file carries the approved words, the tracked link and the footer with its merge tags.
 * Written with createElement rather than JSX: lib/ is plain TypeScript (the import checker's
 * parser reads .ts only), and the tree is small.
 */

const FONT = "Helvetica, Arial, sans-serif";
const STYLES = {
  body: { backgroundColor: "#f6f7f9", fontFamily: FONT, margin: "0", padding: "24px 0" },
  container: { backgroundColor: "#ffffff", maxWidth: "600px", padding: "24px" },
  heading: { color: "#111827", fontSize: "20px", lineHeight: "28px", margin: "24px 0 8px" },
  text: { color: "#1f2937", fontSize: "16px", lineHeight: "24px", margin: "0 0 12px" },
  buttonRow: { margin: "24px 0" },
  button: { backgroundColor: "#1f2937", borderRadius: "4px", color: "#ffffff", fontSize: "16px", fontWeight: "bold", padding: "12px 20px", textDecoration: "none" },
  footer: { color: "#6b7280", fontSize: "12px", lineHeight: "18px", margin: "0 0 4px" },
  footerLink: { color: "#6b7280", textDecoration: "underline" },
} as const;

/** Footer text with its merge tags and URLs as links; the tags stay as written for the sending tool to replace. */
function footerLine(line: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(FOOTER_LINK)) {
    if (match.index > last) parts.push(line.slice(last, match.index));
    parts.push(h(Link, { key: match.index, href: match[0], style: STYLES.footerLink }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}

function withLineBreaks(text: string): ReactNode[] {
  return text.split("\n").flatMap((line, index) => (index === 0 ? [line] : [h("br", { key: index }), line]));
}

function sectionOf(section: Email["sections"][number], index: number): ReactNode {
  return h(
    Section,
    { key: index },
    h(Heading, { as: "h2", style: STYLES.heading }, section.heading.text),
    ...paragraphsOf(section.body.text).map((paragraph, position) => h(Text, { key: position, style: STYLES.text }, ...withLineBreaks(paragraph))),
  );
}

/** The e-mail as a React Email tree. */
export function emailDocument(email: Email): ReactNode {
  const link = emailButtonUrl(email);
  const button = link && email.callToAction.trim() !== "" ? h(Section, { style: STYLES.buttonRow }, h(Button, { href: link, style: STYLES.button }, email.callToAction)) : null;
  const footer = h(Section, null, ...email.footer.split("\n").map((line, index) => h(Text, { key: index, style: STYLES.footer }, ...footerLine(line))));
  return h(
    Html,
    { lang: email.language },
    h(Head, null, h("title", null, email.subject.text)),
    h(Preview, null, email.preheader.text),
    h(Body, { style: STYLES.body }, h(Container, { style: STYLES.container }, ...email.sections.map(sectionOf), button, h(Hr, null), footer)),
  );
}

/** The e-mail as a complete HTML document (async: React Email renders through a stream). */
export async function emailHtml(email: Email): Promise<string> {
  return render(emailDocument(email));
}
