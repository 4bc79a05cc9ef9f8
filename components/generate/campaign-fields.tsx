"use client";

import { useTranslations } from "next-intl";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useListText } from "./use-brief-text";
import { describeOffer, type CampaignChoice } from "./campaign-choice";

type Props = {
  campaigns: readonly CampaignChoice[];
  campaignId: string | null;
  offerCode: string;
  landingPageUrl: string;
  landingPageError?: string;
  onCampaignChange(campaign: CampaignChoice | null): void;
  onOfferChange(code: string): void;
  onLandingPageChange(url: string): void;
};

/**
 * The brief's campaign, landing page and offer. A campaign passes on its persona, languages,
 * landing page and offers (the form fills them in); its offers are the only codes a brief may
 * state, so they are a choice, never typed. The landing page is there for every brief: a topic
 * brief has no product page to fall back on.
 */
export function CampaignFields({ campaigns, campaignId, offerCode, landingPageUrl, landingPageError, onCampaignChange, onOfferChange, onLandingPageChange }: Props) {
  const t = useTranslations("generate.campaignFields");
  const list = useListText();
  const campaign = campaigns.find((candidate) => candidate.id === campaignId) ?? null;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="brief-campaign" label={t("campaign")}>
        <Select id="brief-campaign" value={campaignId ?? ""} onChange={(event) => onCampaignChange(campaigns.find((candidate) => candidate.id === event.target.value) ?? null)}>
          <option value="">{t("noCampaign")}</option>
          {campaigns.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t("campaignOption", { name: candidate.name, startsOn: candidate.startsOn, endsOn: candidate.endsOn })}
            </option>
          ))}
        </Select>
        {campaign ? (
          <p className="mt-1 text-xs text-slate-600">
            {campaign.persona ? t("personaAudience", { persona: campaign.persona.name }) : t("noPersona")}{" "}
            {campaign.languages.length > 0 ? t("runsIn", { languages: list(campaign.languages.map((language) => t(`language.${language}`))) }) : ""}
          </p>
        ) : null}
      </Field>
      <Field id="brief-landing-page" label={t("landingPage")} error={landingPageError}>
        <TextInput
          id="brief-landing-page"
          type="url"
          inputMode="url"
          value={landingPageUrl}
          onChange={(event) => onLandingPageChange(event.target.value)}
          placeholder={campaign?.landingPages[0]?.url ?? "https://example.com/spring"}
          error={landingPageError}
        />
      </Field>
      {campaign ? (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">{t("offer")}</legend>
          {campaign.offers.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("noOfferRunning")}</p> : null}
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
            {campaign.offers.length > 0 ? (
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" name="brief-offer" value="" checked={offerCode === ""} onChange={() => onOfferChange("")} className="size-4" />
                {t("noOffer")}
              </label>
            ) : null}
            {campaign.offers.map((offer) => (
              <label key={offer.code} className="flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" name="brief-offer" value={offer.code} checked={offerCode === offer.code} onChange={() => onOfferChange(offer.code)} className="size-4" />
                {describeOffer(offer, t("offerUntil", { date: offer.validUntil }))}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
