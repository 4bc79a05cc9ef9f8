"use client";

import { useTranslations } from "next-intl";
import type { Email } from "@/lib/assets/schemas/email";
import { useBrandName } from "@/components/shell/brand-name-context";
import { paragraphsOf } from "@/lib/assets/email/tracked-link";
import { FIELD_LIMITS } from "./field-limits";
import { hostOf, truncateVisible } from "./preview-text";

/**
 * The e-mail as a recipient meets it: first the inbox line (sender, subject, preheader, each cut
 * where phone inboxes cut them: about 50 characters of subject, 90 of preview text), then the
 * opened message. The sender is the brand's name (the workspace's), else the landing page's domain.
 */
export function EmailPreview({ email }: { email: Email }) {
  const t = useTranslations("generate.previews");
  const subject = truncateVisible(email.subject.text, FIELD_LIMITS.emailSubject.max);
  const preheader = truncateVisible(email.preheader.text, FIELD_LIMITS.emailPreheader.max);
  const sender = useBrandName() || hostOf(email.finalUrl) || t("siteFallback");
  return (
    <figure data-testid="email-preview" className="max-w-xl overflow-hidden rounded-md border border-slate-200 bg-white text-sm">
      <figcaption className="px-3 pt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("inboxPreview")}</figcaption>
      <div data-testid="inbox-line" className="mx-3 my-2 rounded border border-slate-200 px-3 py-2">
        <div className="flex items-baseline justify-between gap-2">
          <p className="truncate font-semibold text-slate-900">{sender}</p>
          <p className="shrink-0 text-xs text-slate-500">{t("now")}</p>
        </div>
        <p className="font-semibold text-slate-900">{subject || <span className="font-normal text-slate-500">{t("noSubject")}</span>}</p>
        <p className="text-slate-600">{preheader}</p>
      </div>
      <div className="border-t border-slate-200 bg-slate-50 px-4 py-4">
        <div className="mx-auto max-w-lg space-y-3 bg-white p-4">
          {email.sections.map((section, index) => (
            <section key={index} className="space-y-2">
              <h3 className="text-base font-semibold text-slate-900">{section.heading.text}</h3>
              {paragraphsOf(section.body.text).map((paragraph, position) => (
                <p key={position} className="whitespace-pre-line text-slate-800">
                  {paragraph}
                </p>
              ))}
            </section>
          ))}
          {email.callToAction.trim() !== "" ? (
            <p className="pt-2">
              <span className="inline-block rounded bg-slate-800 px-4 py-2 text-sm font-semibold text-white">{email.callToAction}</span>
            </p>
          ) : null}
          <p className="border-t border-slate-200 pt-3 text-xs whitespace-pre-line text-slate-600">{email.footer}</p>
        </div>
      </div>
    </figure>
  );
}
