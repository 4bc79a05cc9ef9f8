import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import type { Email } from "@/lib/assets/schemas/email";
import { hasUnsubscribeLink, UNSUBSCRIBE_MERGE_TAG } from "@/lib/assets/email/unsubscribe";
import { checkFinalUrl } from "./final-url";
import { error, warning } from "./issues";
import { checkTextLength } from "./text-length";
import type { ValidationIssue } from "./types";
import { validateUtm } from "./utm";

/*
 * Inbox limits: most clients show about 50 characters of a subject on a phone and cut it in any
 * list; above 78 (RFC 5322's line length) some clients and spam filters misbehave. The preheader
 * shows after the subject, about 90 characters on desktop; above 100 the body text leaks in.
 */
export const EMAIL_LIMITS = {
  subject: { softMax: 50, hardMax: 78 },
  preheader: { softMax: 90, hardMax: 100 },
  sections: { min: 1, max: 6 },
  heading: { softMax: 80 },
  /** Words per section body before readers start skimming: a warning, the e-mail still sends. */
  sectionWords: 150,
  callToAction: { softMax: 30 },
} as const;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function checkSections(sections: Email["sections"]): ValidationIssue[] {
  const { min, max } = EMAIL_LIMITS.sections;
  const issues: ValidationIssue[] = [];
  if (sections.length < min) issues.push(error("sections", "email.sections.too_few", `The e-mail has no section; write at least ${min}, each a heading and its text.`, { code: "emailSectionsTooFew", params: { min } }));
  if (sections.length > max) issues.push(error("sections", "email.sections.too_many", `The e-mail has ${sections.length} sections; at most ${max} keep it readable.`, { code: "emailSectionsTooMany", params: { count: sections.length, max } }));
  sections.forEach((section, index) => {
    const label = `Section ${index + 1}`;
    issues.push(
      ...checkTextLength(section.heading.text, {
        path: `sections[${index}].heading.text`,
        rule: "email.section.heading",
        label: `${label} heading`,
        softMax: EMAIL_LIMITS.heading.softMax,
        hardMax: null,
        truncation: "a heading wraps to several lines on a phone",
        required: true,
      }),
    );
    const path = `sections[${index}].body.text`;
    const words = wordCount(section.body.text);
    if (words === 0) issues.push(error(path, "email.section.body.empty", `${label} text is empty.`, { code: "emailSectionBodyEmpty" }));
    else if (words > EMAIL_LIMITS.sectionWords) {
      issues.push(warning(path, "email.section.body.words", `${label} text has ${words} words; readers skim past ${EMAIL_LIMITS.sectionWords}, split it or shorten it.`, { code: "emailSectionBodyWords", params: { words, max: EMAIL_LIMITS.sectionWords } }));
    }
  });
  return issues;
}

function checkCallToAction(label: string): ValidationIssue[] {
  const issues = checkTextLength(label, {
    path: "callToAction",
    rule: "email.cta",
    label: "Button label",
    softMax: EMAIL_LIMITS.callToAction.softMax,
    hardMax: null,
    truncation: "buttons wrap or cut on a phone",
    required: true,
  });
  // The label cites nothing, so a number in it ("Save 15 %") could not be checked against a source.
  if (/\p{N}/u.test(label)) issues.push(error("callToAction", "email.cta.number", "The button label states a number; say what happens on click and state prices and offers in a cited section.", { code: "emailCtaNumber" }));
  return issues;
}

function checkFooter(footer: string): ValidationIssue[] {
  if (footer.trim() === "") return [error("footer", "email.footer.empty", `The footer is empty; every marketing e-mail needs the sender's name, address and an unsubscribe link (${UNSUBSCRIBE_MERGE_TAG}).`, { code: "emailFooterEmpty", params: { tag: UNSUBSCRIBE_MERGE_TAG } })];
  if (!hasUnsubscribeLink(footer)) {
    return [error("footer", "email.footer.unsubscribe", `The footer has no unsubscribe link; add the merge tag ${UNSUBSCRIBE_MERGE_TAG} (or your sending tool's own) so recipients can opt out.`, { code: "emailFooterUnsubscribe", params: { tag: UNSUBSCRIBE_MERGE_TAG } })];
  }
  return [];
}

export function checkEmail(email: Email, utmConvention?: UtmConvention): ValidationIssue[] {
  return [
    ...checkTextLength(email.subject.text, { path: "subject.text", rule: "email.subject", label: "Subject", ...EMAIL_LIMITS.subject, truncation: "inboxes cut the subject", required: true }),
    ...checkTextLength(email.preheader.text, {
      path: "preheader.text",
      rule: "email.preheader",
      label: "Preheader",
      ...EMAIL_LIMITS.preheader,
      truncation: "inboxes cut the preview text",
      required: true,
    }),
    ...checkSections(email.sections),
    ...checkCallToAction(email.callToAction),
    ...checkFinalUrl(email.finalUrl),
    ...checkFooter(email.footer),
    ...validateUtm(email.utm, "utm", utmConvention),
  ];
}
