"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveBrandSettingsAction } from "@/app/(app)/[workspace]/admin/brand/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import type { BrandRules, FormattingRules } from "@/lib/assets/schemas/brand-rules";
import { FormattingFields } from "./formatting-fields";
import { bannedToLines, disclaimersToLines, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

type Props = { workspaceId: string; siteUrl: string | null; languages: string[]; rules: BrandRules };

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm";

export function BrandSettingsForm({ workspaceId, siteUrl, languages, rules }: Props) {
  const router = useRouter();
  const [site, setSite] = useState(siteUrl ?? "");
  const [langs, setLangs] = useState<string[]>(languages);
  const [banned, setBanned] = useState(bannedToLines(rules.bannedTerms));
  const [preferred, setPreferred] = useState(preferredToLines(rules.preferredTerms));
  const [disclaimers, setDisclaimers] = useState(disclaimersToLines(rules.requiredDisclaimers));
  const [tone, setTone] = useState(rules.toneNotes ?? "");
  const [formatting, setFormatting] = useState<FormattingRules>(rules.formatting ?? {});
  const [lineErrors, setLineErrors] = useState<string[]>([]);
  const save = useAction(saveBrandSettingsAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsedPreferred = linesToPreferred(preferred);
    const parsedDisclaimers = linesToDisclaimers(disclaimers);
    const errors = [...parsedPreferred.errors, ...parsedDisclaimers.errors];
    setLineErrors(errors);
    if (errors.length > 0) return;
    save.execute({
      workspaceId,
      siteUrl: site.trim(),
      languages: langs.filter((l): l is "de" | "en" => l === "de" || l === "en"),
      rules: { bannedTerms: linesToBanned(banned), preferredTerms: parsedPreferred.rules, requiredDisclaimers: parsedDisclaimers.rules, toneNotes: tone.trim() || null, formatting },
    });
  }

  const toggle = (language: string) => setLangs((current) => (current.includes(language) ? current.filter((l) => l !== language) : [...current, language]));

  return (
    <form onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <Field id="brand-site" label="Website (landing pages and canonical URLs fall back to it)">
        <TextInput id="brand-site" type="url" value={site} onChange={(e) => setSite(e.target.value)} placeholder="https://example.com" />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Publishing languages (hreflang alternates)</legend>
        <div className="mt-1 flex gap-4">
          {[
            ["de", "German"],
            ["en", "English"],
          ].map(([code, label]) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={langs.includes(code!)} onChange={() => toggle(code!)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="brand-banned" className="block text-sm font-medium text-slate-800">
          Banned terms and claims — one per line, optional reason after “|”; start with “de:” or “en:” for one language
        </label>
        <textarea id="brand-banned" rows={6} className={AREA} value={banned} onChange={(e) => setBanned(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-preferred" className="block text-sm font-medium text-slate-800">
          Preferred terminology — one per line as “avoid =&gt; use”; “en: rucksack =&gt; backpack” leaves German copy alone
        </label>
        <textarea id="brand-preferred" rows={4} className={AREA} value={preferred} onChange={(e) => setPreferred(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-disclaimers" className="block text-sm font-medium text-slate-800">
          Required disclaimers — one per line as “channel: text”, or “channel/de: text” for one language (channels: {ASSET_KINDS.join(", ")}, or * for all); add “ | category: Sleeping bags” or “ | when: \d+ ?mm” to require it only for a product category or when the copy states a match
        </label>
        <textarea id="brand-disclaimers" rows={3} className={AREA} value={disclaimers} onChange={(e) => setDisclaimers(e.target.value)} />
      </div>
      <div>
        <label htmlFor="brand-tone" className="block text-sm font-medium text-slate-800">
          Tone notes (sent to generative models; the local extractive model keeps your sources’ wording)
        </label>
        <textarea id="brand-tone" rows={3} className={AREA} value={tone} onChange={(e) => setTone(e.target.value)} />
      </div>
      <FormattingFields value={formatting} onChange={setFormatting} />
      <div>
        <Button type="submit" disabled={save.isPending}>
          Save brand rules
        </Button>
      </div>
      <div aria-live="polite">
        {lineErrors.length > 0 ? <Alert tone="error">{lineErrors.join(" ")}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {save.hasSucceeded && !error ? <Alert tone="success">Brand rules saved. They apply to every new generation and every edit.</Alert> : null}
      </div>
    </form>
  );
}
