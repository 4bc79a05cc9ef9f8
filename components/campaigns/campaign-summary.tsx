import type { CampaignDetail } from "@/lib/campaigns/campaigns";
import { displayCell, money } from "@/lib/kpi/tables/cells";
import { useLocale, useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The campaign's plan: goal, audience, landing pages, channels, languages, budget, owner and UTM prefix. */
export function CampaignSummary({ campaign, utmPrefix }: { campaign: CampaignDetail; utmPrefix: string }) {
  const t = useTranslations("campaigns.summary");
  const locale = useLocale();
  const labels = useCampaignLabels();
  const persona = campaign.persona;
  return (
    <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="plan-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      <dl className="grid gap-2">
        <Row term={t("goal")}>{campaign.goal || "—"}</Row>
        <Row term={t("audience")}>
          {persona ? (
            <div data-testid="campaign-persona">
              <p className="font-medium">
                {persona.archivedAt
                  ? t("personaArchived", { name: persona.name, language: labels.language(persona.language) })
                  : t("persona", { name: persona.name, language: labels.language(persona.language) })}
              </p>
              {persona.description ? <p>{persona.description}</p> : null}
              {persona.pains.length > 0 ? <p className="text-slate-700">{t("pains", { pains: persona.pains.join("; ") })}</p> : null}
              {persona.vocabulary.length > 0 ? <p className="text-slate-700">{t("vocabulary", { words: persona.vocabulary.join(", ") })}</p> : null}
            </div>
          ) : (
            t("noPersona")
          )}
        </Row>
        <Row term={t("landingPages")}>
          {campaign.landingPages.length > 0 ? (
            <ul className="grid gap-0.5">
              {campaign.landingPages.map((page) => (
                <li key={page.url} className="break-all">
                  {page.label ? `${page.label}: ` : ""}
                  <a href={page.url} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                    {page.url}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            t("noLandingPages")
          )}
        </Row>
        <Row term={t("channels")}>{campaign.channels.length > 0 ? campaign.channels.map(labels.channel).join(", ") : "—"}</Row>
        <Row term={t("languages")}>{campaign.languages.length > 0 ? campaign.languages.map(labels.language).join(", ") : "—"}</Row>
        <Row term={t("budget")}>{campaign.budgetMinor === null ? t("notPlanned") : displayCell(money(campaign.budgetMinor, campaign.currency), locale)}</Row>
        <Row term={t("owner")}>{campaign.owner ? `${campaign.owner.name} (${campaign.owner.email})` : t("noOwner")}</Row>
        <Row term={t("code")}>
          <code className="font-mono text-xs">{campaign.code}</code>
          {utmPrefix ? (
            <>
              {" · "}
              {t.rich("utmPrefix", {
                prefix: utmPrefix,
                code: (chunks) => (
                  <code className="font-mono text-xs" data-testid="utm-prefix">
                    {chunks}
                  </code>
                ),
              })}
            </>
          ) : null}
        </Row>
      </dl>
    </section>
  );
}
