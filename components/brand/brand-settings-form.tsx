"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveBrandSettingsAction } from "@/app/(app)/[workspace]/admin/brand/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import type { BrandRules, FormattingRules } from "@/lib/assets/schemas/brand-rules";
import { BUILT_IN_UTM_CONVENTION } from "@/lib/campaigns/utm-convention";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { EmailFooterFields } from "./email-footer-fields";
import { FormattingFields } from "./formatting-fields";
import { UtmConventionFields } from "./utm-convention-fields";
import { parseDraft, toDraft, type UtmConventionErrors } from "./utm-convention-draft";
import { useLineErrorText } from "./line-error-text";
import type { LineError } from "./rule-lines";
import { hashtagsToLine, lineToHashtags, bannedToLines, disclaimersToLines, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

type Props = {
  workspaceId: string;
  siteUrl: string | null;
  languages: string[];
  rules: BrandRules;
  /** The saved UTM convention (the built-in one when none is saved) and the name `{brand}` falls back to. */
  utmConvention?: UtmConvention;
  brandName?: string;
};

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm";

export function BrandSettingsForm({ workspaceId, siteUrl, languages, rules, utmConvention = BUILT_IN_UTM_CONVENTION, brandName = "" }: Props) {
  const router = useRouter();
  const t = useTranslations("brand.settings");
  const errorText = useActionErrorText();
  const lineErrorText = useLineErrorText();
  const [site, setSite] = useState(siteUrl ?? "");
  const [langs, setLangs] = useState<string[]>(languages);
  const [banned, setBanned] = useState(bannedToLines(rules.bannedTerms));
  const [preferred, setPreferred] = useState(preferredToLines(rules.preferredTerms));
  const [disclaimers, setDisclaimers] = useState(disclaimersToLines(rules.requiredDisclaimers));
  const [tone, setTone] = useState(rules.toneNotes ?? "");
  const [hashtags, setHashtags] = useState(hashtagsToLine(rules.hashtags));
  const [formatting, setFormatting] = useState<FormattingRules>(rules.formatting ?? {});
  const [emailFooter, setEmailFooter] = useState({ de: rules.emailFooter?.de ?? "", en: rules.emailFooter?.en ?? "" });
  const [lineErrors, setLineErrors] = useState<LineError[]>([]);
  const [utmDraft, setUtmDraft] = useState(() => toDraft(utmConvention));
  // Sent only once touched: saving other rules must not turn "no convention" into a stored one.
  const [utmTouched, setUtmTouched] = useState(false);
  const [utmErrors, setUtmErrors] = useState<UtmConventionErrors>({});
  const save = useAction(saveBrandSettingsAction, { onSuccess: () => router.refresh() });
  const error = errorText(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsedPreferred = linesToPreferred(preferred);
    const parsedDisclaimers = linesToDisclaimers(disclaimers);
    const parsedHashtags = lineToHashtags(hashtags);
    const errors = [...parsedPreferred.errors, ...parsedDisclaimers.errors, ...parsedHashtags.errors];
    setLineErrors(errors);
    // The same schema the server applies, so each message appears at its field before a request.
    const utm = utmTouched ? parseDraft(utmDraft) : null;
    setUtmErrors(utm?.errors ?? {});
    if (errors.length > 0 || utm?.errors) {
      if (utm?.errors) setLineErrors([...errors, { key: "utmMistakes" }]);
      return;
    }
    save.execute({
      workspaceId,
      siteUrl: site.trim(),
      languages: langs.filter((l): l is "de" | "en" => l === "de" || l === "en"),
      rules: { bannedTerms: linesToBanned(banned), preferredTerms: parsedPreferred.rules, requiredDisclaimers: parsedDisclaimers.rules, toneNotes: tone.trim() || null, formatting, emailFooter, hashtags: parsedHashtags.hashtags },
      ...(utm?.convention ? { utmConvention: utm.convention } : {}),
    });
  }

  const toggle = (language: string) => setLangs((current) => (current.includes(language) ? current.filter((l) => l !== language) : [...current, language]));

  return (
    <form onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <Field id="brand-site" label={t("website")}>
        <TextInput id="brand-site" type="url" value={site} onChange={(e) => setSite(e.target.value)} placeholder="https://example.com" />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
        <div className="mt-1 flex gap-4">
          {[
            ["de", t("languageNames.de")],
            ["en", t("languageNames.en")],
          ].map(([code, label]) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={langs.includes(code!)} onChange={() => toggle(code!)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="brand-banned" className="block text-sm font-medium text-slate-800">
          {t("banned")}
        </label>
        <textarea id="brand-banned" rows={6} className={AREA} value={banned} onChange={(e) => setBanned(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-preferred" className="block text-sm font-medium text-slate-800">
          {t("preferred")}
        </label>
        <textarea id="brand-preferred" rows={4} className={AREA} value={preferred} onChange={(e) => setPreferred(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-disclaimers" className="block text-sm font-medium text-slate-800">
          {t("disclaimers", { channels: ASSET_KINDS.join(", ") })}
        </label>
        <textarea id="brand-disclaimers" rows={3} className={AREA} value={disclaimers} onChange={(e) => setDisclaimers(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-hashtags" className="block text-sm font-medium text-slate-800">
          {t("hashtags")}
        </label>
        <textarea id="brand-hashtags" rows={2} className={AREA} value={hashtags} onChange={(e) => setHashtags(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-tone" className="block text-sm font-medium text-slate-800">
          {t("tone")}
        </label>
        <textarea id="brand-tone" rows={3} className={AREA} value={tone} onChange={(e) => setTone(e.target.value)} />
      </div>
      <FormattingFields value={formatting} onChange={setFormatting} />
      <UtmConventionFields
        value={utmDraft}
        onChange={(next) => {
          setUtmDraft(next);
          setUtmTouched(true);
          // Once shown, errors follow each change (as the brief form does).
          if (Object.keys(utmErrors).length > 0) setUtmErrors(parseDraft(next).errors ?? {});
        }}
        errors={utmErrors}
        brandName={brandName}
      />
      <EmailFooterFields value={emailFooter} onChange={setEmailFooter} />
      <div>
        <Button type="submit" disabled={save.isPending}>
          {t("save")}
        </Button>
      </div>
      <div aria-live="polite">
        {lineErrors.length > 0 ? <Alert tone="error">{lineErrors.map(lineErrorText).join(" ")}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {save.hasSucceeded && !error ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </form>
  );
}
