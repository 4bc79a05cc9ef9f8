import { formattingOf, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { PHRASES } from "@/lib/assets/generate/local-writers/phrases";
import { addressFormViolations } from "@/lib/assets/validate/brand-formatting";

/** The merge tag the sending tool (Mailchimp, Brevo, …) replaces with the recipient's own unsubscribe link. */
export const UNSUBSCRIBE_MERGE_TAG = "{{unsubscribe_url}}";

/*
 * What counts as an unsubscribe link: our merge tag, the common merge tags of sending tools
 * (Mailchimp *|UNSUB|*, Mailgun %unsubscribe_url%, SendGrid <%asm_group_unsubscribe_raw_url%>,
 * Handlebars-style {{unsubscribe}} with any spacing) or a literal URL that names unsubscribing.
 * Marketing e-mail without one breaks the law in the EU (ePrivacy, UWG § 7) and the US (CAN-SPAM).
 */
const UNSUBSCRIBE_LINKS: readonly RegExp[] = [
  /\{\{\{?\s*unsubscribe(?:_url|_link)?\s*\}?\}\}/i,
  /\*\|UNSUB\|\*/,
  /%unsubscribe_url%/i,
  /<%\s*asm_(?:group_)?unsubscribe_raw_url\s*%>/i,
  /https?:\/\/\S*(?:unsubscribe|abmelden|abbestellen|opt-?out)\S*/i,
];

export function hasUnsubscribeLink(text: string): boolean {
  return UNSUBSCRIBE_LINKS.some((pattern) => pattern.test(text));
}

/** Merge tags and URLs in footer text, in order: what the HTML export turns into links. */
export const FOOTER_LINK = /\{\{\{?\s*[a-z_]+\s*\}?\}\}|\*\|[A-Z_]+\|\*|%[a-z_]+%|https?:\/\/[^\s<>"]+/gi;

/**
 * The footer an e-mail in `language` ends with: the brand's own from its settings, else a default
 * naming the brand, with the unsubscribe merge tag. The default says "du" when the brand rules
 * say so, or, without such a rule, when the e-mail's `copy` does: a footer in "Sie" under copy in
 * "du" reads as two senders. Brand text, not a claim: it cites nothing and is copied word for word.
 */
export function emailFooterFor(options: { rules: Pick<BrandRules, "emailFooter" | "formatting">; language: "de" | "en"; brandName: string; copy?: string }): string {
  const configured = options.rules.emailFooter?.[options.language]?.trim();
  if (configured) return configured;
  const brand = options.brandName.trim();
  const formality = formattingOf(options.rules).formality ?? (addressFormViolations(options.copy ?? "", "sie").length > 0 ? "du" : "sie");
  const informal = options.language === "de" && formality === "du";
  return informal ? PHRASES.de.emailFooterInformal(brand) : PHRASES[options.language].emailFooter(brand);
}
