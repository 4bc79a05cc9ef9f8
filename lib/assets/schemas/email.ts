import { z } from "zod";
import { citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";
import { UtmSchema } from "./utm";

/*
 * A marketing e-mail. Limits (subject 50/78, preheader 90/100, section count and length, the
 * button label) are validation rules in validate/email.ts, not schema limits: a long subject must
 * still parse so the editor can show it with its warning.
 *
 * There is no plain-text field: the text part is derived at export from the sections, the button's
 * link and the footer (lib/assets/email/plain-text.ts), so the HTML and the text part can never
 * say different things, and a model cannot write the e-mail twice with two sets of facts.
 *
 * The landing page and UTM tags sit at the top level as in every ad kind (not inside
 * `callToAction`): KPI linking reads `utm.campaign`/`utm.content` from every asset's content, and
 * the tracked link is `buildUtmUrl(finalUrl, utm)` for every kind alike.
 */
export const EmailSectionSchema = z.object({
  heading: citedTextSchema("The section's heading: a short line, at most 80 characters, no full stop."),
  body: citedTextSchema(
    "The section's text: 1 to 3 short paragraphs separated by a blank line, at most 150 words in all. Plain text, no HTML or Markdown.",
  ),
});

export const EmailSchema = z.object({
  kind: z.enum(["email"]).describe('Always "email".'),
  language: LanguageSchema,
  subject: citedTextSchema(
    "The subject line: the strongest product or offer fact. Keep it within 50 characters (inboxes cut longer ones); never above 78. No emoji, no words in capitals.",
  ),
  preheader: citedTextSchema(
    "The preview text inboxes show after the subject: one sentence adding a second fact, not repeating the subject. At most 90 characters; never above 100.",
  ),
  sections: z.array(EmailSectionSchema).describe("1 to 6 sections in reading order, each a heading and its paragraph(s); 2 to 4 read best."),
  callToAction: z
    .string()
    .describe(
      'The button label: 2 to 4 words saying what happens on click, at most 30 characters, e.g. "See the jacket" or "Jetzt ansehen". No numbers, prices or claims: those belong in a cited section.',
    ),
  finalUrl: z.string().describe("Absolute https URL the button opens, without UTM parameters."),
  footer: z
    .string()
    .describe(
      "The footer: copy the footer given in the instructions word for word (the brand's name, address and the unsubscribe merge tag {{unsubscribe_url}}). It is brand text, not a claim.",
    ),
  utm: UtmSchema,
});

export type Email = z.infer<typeof EmailSchema>;
export type EmailSection = z.infer<typeof EmailSectionSchema>;
