"use client";

import { useTranslations } from "next-intl";
import { UNSUBSCRIBE_MERGE_TAG } from "@/lib/assets/email/unsubscribe";

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm";

type Footers = { de: string; en: string };

/**
 * The footer generated e-mails end with, per language. Empty: a default naming the brand with
 * the unsubscribe merge tag. The server refuses a footer without an unsubscribe link.
 */
export function EmailFooterFields({ value, onChange }: { value: Footers; onChange: (value: Footers) => void }) {
  const t = useTranslations("brand.emailFooter");
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium text-slate-800">
        {t("legend", { tag: UNSUBSCRIBE_MERGE_TAG })}
      </legend>
      {(["de", "en"] as const).map((language) => (
        <label key={language} className="grid gap-1 text-sm">
          {t(language === "de" ? "german" : "english")}
          <textarea rows={3} className={AREA} value={value[language]} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
        </label>
      ))}
    </fieldset>
  );
}
