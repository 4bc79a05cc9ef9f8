import type { CampaignDetail } from "@/lib/campaigns/campaigns";
import { displayCell, money } from "@/lib/kpi/tables/cells";
import { channelLabel, LANGUAGE_NAMES } from "./labels";

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
  const persona = campaign.persona;
  return (
    <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="plan-heading" className="mb-3 text-lg font-medium">
        Plan
      </h2>
      <dl className="grid gap-2">
        <Row term="Goal">{campaign.goal || "—"}</Row>
        <Row term="Audience">
          {persona ? (
            <div data-testid="campaign-persona">
              <p className="font-medium">
                {persona.name} ({LANGUAGE_NAMES[persona.language] ?? persona.language}){persona.archivedAt ? " – archived persona" : ""}
              </p>
              {persona.description ? <p>{persona.description}</p> : null}
              {persona.pains.length > 0 ? <p className="text-slate-700">Pains: {persona.pains.join("; ")}</p> : null}
              {persona.vocabulary.length > 0 ? <p className="text-slate-700">Their words: {persona.vocabulary.join(", ")}</p> : null}
            </div>
          ) : (
            "No persona"
          )}
        </Row>
        <Row term="Landing pages">
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
            "None: briefs fall back to the product page or the brand’s site"
          )}
        </Row>
        <Row term="Channels">{campaign.channels.length > 0 ? campaign.channels.map(channelLabel).join(", ") : "—"}</Row>
        <Row term="Languages">{campaign.languages.length > 0 ? campaign.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(", ") : "—"}</Row>
        <Row term="Budget">{campaign.budgetMinor === null ? "Not planned" : displayCell(money(campaign.budgetMinor, campaign.currency))}</Row>
        <Row term="Owner">{campaign.owner ? `${campaign.owner.name} (${campaign.owner.email})` : "No owner"}</Row>
        <Row term="Code">
          <code className="font-mono text-xs">{campaign.code}</code>
          {utmPrefix ? (
            <>
              {" · its utm_campaign values start with "}
              <code className="font-mono text-xs" data-testid="utm-prefix">
                {utmPrefix}
              </code>
            </>
          ) : null}
        </Row>
      </dl>
    </section>
  );
}
