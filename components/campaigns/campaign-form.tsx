"use client";

import { useTranslations } from "next-intl";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createCampaignAction, createPersonaAction, updateCampaignAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import { campaignDraftToInput, campaignToDraft, emptyCampaignDraft, emptyOfferDraft, offerDraftToInput, personaDraftToInput, rowKey, type CampaignDraft, type OfferDraft, type PersonaDraft } from "./form-values";
import { OfferFields, type ProductChoice } from "./offer-fields";
import { PersonaFields } from "./persona-fields";
import { useCampaignLabels } from "./use-campaign-labels";

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export type PersonaChoice = { id: string; name: string; language: string; archived: boolean };
export type MemberChoice = { userId: string; name: string; email: string };
export type EditedCampaign = Parameters<typeof campaignToDraft>[0] & { id: string };

type Props = {
  workspaceId: string;
  workspacePath: string;
  /** null: a new campaign, which may bring its first offers; an existing one edits its offers on their own. */
  campaign: EditedCampaign | null;
  personas: PersonaChoice[];
  members: MemberChoice[];
  workspaceLanguages: ("de" | "en")[];
  products: ProductChoice[];
};

/**
 * The campaign form: name and code, dates, goal, audience (a saved persona, or a new one made in
 * place), landing pages, channels, languages, budget and owner; a new campaign also lists its
 * offers. The server validates everything again and its sentence is shown as it comes.
 */
export function CampaignForm({ workspaceId, workspacePath, campaign, personas: initialPersonas, members, workspaceLanguages, products }: Props) {
  const t = useTranslations("campaigns.form");
  const errorText = useActionErrorText();
  const labels = useCampaignLabels();
  const router = useRouter();
  const [draft, setDraft] = useState<CampaignDraft>(() => (campaign ? campaignToDraft(campaign) : emptyCampaignDraft(workspaceLanguages)));
  const [offers, setOffers] = useState<OfferDraft[]>([]);
  const [personas, setPersonas] = useState(initialPersonas);
  const [newPersona, setNewPersona] = useState<PersonaDraft | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const openCampaign = (id: string) => {
    router.push(`${workspacePath}/campaigns/${id}`);
    router.refresh();
  };
  const create = useAction(createCampaignAction, { onSuccess: ({ data }) => data && openCampaign(data.id) });
  const update = useAction(updateCampaignAction, { onSuccess: ({ data }) => data && openCampaign(data.id) });
  const save = campaign ? update : create;
  const savePersona = useAction(createPersonaAction, {
    onSuccess: ({ data, input }) => {
      if (!data) return;
      setPersonas((current) => [...current, { id: data.id, name: input.name.trim(), language: input.language, archived: false }].sort((a, b) => a.name.localeCompare(b.name)));
      set("personaId", data.id);
      setNewPersona(null);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = campaignDraftToInput(draft);
    if (!parsed.ok) {
      setFormError(parsed.message);
      return;
    }
    setFormError(null);
    if (campaign) update.execute({ workspaceId, campaignId: campaign.id, ...parsed.input });
    else create.execute({ workspaceId, ...parsed.input, offers: offers.map(offerDraftToInput) });
  }

  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const visiblePersonas = personas.filter((persona) => !persona.archived || persona.id === draft.personaId);
  const saveError = errorText(save.result);
  const personaError = errorText(savePersona.result);

  return (
    <form onSubmit={submit} className="grid gap-6" noValidate aria-label={campaign ? t("editLabel") : t("newLabel")}>
      <section aria-labelledby="campaign-basics" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <h2 id="campaign-basics" className="text-lg font-medium sm:col-span-2">
          {t("basics")}
        </h2>
        <Field id="campaign-name" label={t("name")}>
          <TextInput id="campaign-name" value={draft.name} onChange={(event) => set("name", event.target.value)} placeholder={t("namePlaceholder")} required />
        </Field>
        <div>
          <Field id="campaign-code" label={t("code")}>
            <TextInput id="campaign-code" value={draft.code} onChange={(event) => set("code", event.target.value)} placeholder="pendeln" aria-describedby="campaign-code-hint" required />
          </Field>
          <p id="campaign-code-hint" className="mt-1 text-xs text-slate-600">
            {t("codeHint", { placeholder: "{campaign}" })}
          </p>
        </div>
        <Field id="campaign-starts" label={t("startsOn")}>
          <TextInput id="campaign-starts" type="date" value={draft.startsOn} onChange={(event) => set("startsOn", event.target.value)} required />
        </Field>
        <Field id="campaign-ends" label={t("endsOn")}>
          <TextInput id="campaign-ends" type="date" value={draft.endsOn} onChange={(event) => set("endsOn", event.target.value)} required />
        </Field>
        <div className="sm:col-span-2">
          <label htmlFor="campaign-goal" className="block text-sm font-medium text-slate-800">
            {t("goal")}
          </label>
          <textarea id="campaign-goal" rows={2} className={AREA} value={draft.goal} onChange={(event) => set("goal", event.target.value)} placeholder={t("goalPlaceholder")} />
        </div>
      </section>

      <section aria-labelledby="campaign-audience" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="campaign-audience" className="text-lg font-medium">
          {t("audience")}
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <Field id="campaign-persona" label={t("persona")}>
              <Select id="campaign-persona" value={draft.personaId} onChange={(event) => set("personaId", event.target.value)}>
                <option value="">{t("noPersona")}</option>
                {visiblePersonas.map((persona) => (
                  <option key={persona.id} value={persona.id}>
                    {persona.archived
                      ? t("personaOptionArchived", { name: persona.name, language: labels.language(persona.language) })
                      : t("personaOption", { name: persona.name, language: labels.language(persona.language) })}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {newPersona ? null : (
            <Button type="button" variant="secondary" onClick={() => setNewPersona({ name: "", description: "", pains: "", vocabulary: "", language: workspaceLanguages[0] ?? "en" })}>
              {t("newPersona")}
            </Button>
          )}
        </div>
        {newPersona ? (
          <div role="group" aria-labelledby="new-persona-heading" className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
            <h3 id="new-persona-heading" className="font-medium">
              {t("newPersona")}
            </h3>
            <PersonaFields idPrefix="new-persona" value={newPersona} languages={workspaceLanguages.length > 0 ? workspaceLanguages : ["de", "en"]} onChange={setNewPersona} />
            <div className="flex flex-wrap gap-2">
              <SoftDisabledButton type="button" unavailable={savePersona.isPending} onClick={() => savePersona.execute({ workspaceId, ...personaDraftToInput(newPersona) })}>
                {t("savePersona")}
              </SoftDisabledButton>
              <Button type="button" variant="secondary" onClick={() => setNewPersona(null)}>
                {t("cancelPersona")}
              </Button>
            </div>
            <div aria-live="polite">{personaError ? <Alert tone="error">{personaError}</Alert> : null}</div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="campaign-landing-pages" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="campaign-landing-pages" className="text-lg font-medium">
          {t("landingPages")}
        </h2>
        <ol className="grid gap-3">
          {draft.landingPages.map((page, index) => (
            <li key={page.key} className="grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
              <Field id={`landing-${page.key}-url`} label={t("landingPageUrl", { n: index + 1 })}>
                <TextInput
                  id={`landing-${page.key}-url`}
                  type="url"
                  value={page.url}
                  placeholder="https://shop.example/spring"
                  onChange={(event) => set("landingPages", draft.landingPages.map((item) => (item.key === page.key ? { ...item, url: event.target.value } : item)))}
                />
              </Field>
              <Field id={`landing-${page.key}-label`} label={t("landingPageLabel", { n: index + 1 })}>
                <TextInput
                  id={`landing-${page.key}-label`}
                  value={page.label}
                  onChange={(event) => set("landingPages", draft.landingPages.map((item) => (item.key === page.key ? { ...item, label: event.target.value } : item)))}
                />
              </Field>
              <Button type="button" variant="secondary" onClick={() => set("landingPages", draft.landingPages.filter((item) => item.key !== page.key))}>
                {t("removeLandingPage", { n: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <div>
          <Button type="button" variant="secondary" onClick={() => set("landingPages", [...draft.landingPages, { key: rowKey("page"), url: "", label: "" }])}>
            {t("addLandingPage")}
          </Button>
        </div>
      </section>

      <section aria-labelledby="campaign-channels-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <h2 id="campaign-channels-heading" className="text-lg font-medium sm:col-span-2">
          {t("channelsHeading")}
        </h2>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">{t("channels")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {ASSET_KINDS.map((kind: AssetKind) => (
              <label key={kind} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={draft.channels.includes(kind)} onChange={() => set("channels", toggle(draft.channels, kind))} /> {labels.channel(kind)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
          <div className="mt-1 flex gap-4">
            {workspaceLanguages.map((language) => (
              <label key={language} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={draft.languages.includes(language)} onChange={() => set("languages", toggle(draft.languages, language))} /> {labels.language(language)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="campaign-owner" label={t("owner")}>
          <Select id="campaign-owner" value={draft.ownerId} onChange={(event) => set("ownerId", event.target.value)}>
            <option value="">{t("noOwner")}</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.email})
              </option>
            ))}
          </Select>
        </Field>
        <Field id="campaign-budget" label={t("budget")}>
          <TextInput id="campaign-budget" inputMode="decimal" value={draft.budget} onChange={(event) => set("budget", event.target.value)} placeholder="1500.00" />
        </Field>
        <Field id="campaign-currency" label={t("currency")}>
          <TextInput id="campaign-currency" value={draft.currency} maxLength={3} onChange={(event) => set("currency", event.target.value.toUpperCase())} placeholder={t("currencyPlaceholder")} />
        </Field>
      </section>

      {campaign ? null : (
        <section aria-labelledby="campaign-offers" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="campaign-offers" className="text-lg font-medium">
            {t("offers")}
          </h2>
          <p className="text-sm text-slate-600">{t("offersIntro")}</p>
          {offers.length === 0 ? <p className="text-sm text-slate-600">{t("noOffers")}</p> : null}
          <ol className="grid gap-4">
            {offers.map((offer, index) => (
              <li key={offer.key} className="grid gap-2 rounded-md border border-slate-200 p-3">
                <OfferFields idPrefix={`offer-${offer.key}`} label={t("offerN", { n: index + 1 })} value={offer} products={products} onChange={(next) => setOffers((current) => current.map((item) => (item.key === offer.key ? next : item)))} />
                <div>
                  <Button type="button" variant="secondary" onClick={() => setOffers((current) => current.filter((item) => item.key !== offer.key))}>
                    {t("removeOffer", { n: index + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          <div>
            <Button type="button" variant="secondary" onClick={() => setOffers((current) => [...current, emptyOfferDraft(draft.endsOn)])}>
              {t("addOffer")}
            </Button>
          </div>
        </section>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <SoftDisabledButton type="submit" unavailable={save.isPending} aria-busy={save.isPending}>
          {campaign ? t("save") : t("create")}
        </SoftDisabledButton>
      </div>
      <div aria-live="polite">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      </div>
    </form>
  );
}
