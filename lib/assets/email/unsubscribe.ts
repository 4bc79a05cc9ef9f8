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
