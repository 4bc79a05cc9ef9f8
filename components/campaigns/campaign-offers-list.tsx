import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";
import type { CampaignOffer } from "@/lib/db/schema/campaigns";
import { OfferEligibility } from "./offer-eligibility";

/** The campaign's offers with their end dates: the facts its copy may state. */
export function CampaignOffersList({ offers, products, today }: { offers: CampaignOffer[]; products: readonly { id: string; title: string }[]; today: string }) {
  const t = useTranslations("campaigns.offers");
  const labels = useCampaignLabels();
  return (
    <section aria-labelledby="offers-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="offers-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      {offers.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="grid gap-3">
          {offers.map((offer) => (
            <li key={offer.id} className="text-sm" data-testid={`offer-${offer.code}`}>
              <p className="font-medium text-slate-900">
                <code className="font-mono">{offer.code}</code> · {offer.value} ·{" "}
                {t.rich("validUntil", { date: labels.day(offer.validUntil), time: (chunks) => <time dateTime={offer.validUntil}>{chunks}</time> })}
                {offer.validUntil < today ? <span className="ml-2 text-amber-900">{t("ended")}</span> : null}
              </p>
              {offer.conditions ? <p className="text-slate-700">{offer.conditions}</p> : null}
              <OfferEligibility offer={offer} products={products} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
