"use client";

import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addOfferAction, removeOfferAction, updateOfferAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import { emptyOfferDraft, offerDraftToInput, offerToDraft, type OfferDraft } from "./form-values";
import { OfferFields, type ProductChoice } from "./offer-fields";
import { OfferEligibility } from "./offer-eligibility";

export type StoredOffer = { id: string; code: string; value: string; conditions: string; validUntil: string; eligibleProductIds: string[]; eligibleCategories: string[] };

/**
 * An existing campaign's offers, each saved on its own (a new campaign sends its first offers with
 * the campaign form). Removing asks first: briefs of the campaign can no longer cite that offer.
 */
export function OffersEditor({ workspaceId, campaignId, offers, products, defaultValidUntil }: { workspaceId: string; campaignId: string; offers: StoredOffer[]; products: ProductChoice[]; defaultValidUntil: string }) {
  const t = useTranslations("campaigns.offersEditor");
  const errorText = useActionErrorText();
  const labels = useCampaignLabels();
  const router = useRouter();
  const [editing, setEditing] = useState<{ id: string; draft: OfferDraft } | null>(null);
  const [adding, setAdding] = useState<OfferDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };
  const add = useAction(addOfferAction, { onSuccess: ({ data }) => data && (setAdding(null), done(t("added", { code: data.code }))) });
  const update = useAction(updateOfferAction, { onSuccess: ({ data }) => data && (setEditing(null), done(t("saved", { code: data.code }))) });
  const remove = useAction(removeOfferAction, { onSuccess: ({ data }) => data && done(t("removed", { code: data.code })) });
  const error = errorText(add.result) ?? errorText(update.result) ?? errorText(remove.result);
  const pending = add.isPending || update.isPending || remove.isPending;

  return (
    <section aria-labelledby="offers-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="offers-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {offers.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="grid gap-3">
        {offers.map((offer) => (
          <li key={offer.id} className="rounded-md border border-slate-200 p-3" data-testid={`offer-${offer.code}`}>
            {editing?.id === offer.id ? (
              <div className="grid gap-2">
                <OfferFields idPrefix={`edit-${offer.id}`} label={t("offerLabel", { code: offer.code })} value={editing.draft} products={products} onChange={(draft) => setEditing({ id: offer.id, draft })} />
                <div className="flex flex-wrap gap-2">
                  <SoftDisabledButton type="button" unavailable={pending} onClick={() => update.execute({ workspaceId, campaignId, offerId: offer.id, ...offerDraftToInput(editing.draft) })}>
                    {t("save", { code: offer.code })}
                  </SoftDisabledButton>
                  <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                    {t("cancel")}
                  </Button>
                </div>
              </div>
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="text-sm">
                  <p className="font-medium text-slate-900">
                    {t("summary", { code: offer.code, value: offer.value, date: labels.day(offer.validUntil) })}
                  </p>
                  {offer.conditions ? <p className="text-slate-700">{offer.conditions}</p> : null}
                  <OfferEligibility offer={offer} products={products} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button type="button" variant="secondary" onClick={() => setEditing({ id: offer.id, draft: offerToDraft(offer) })}>
                    {t("edit", { code: offer.code })}
                  </Button>
                  <ConfirmButton
                    label={t("remove", { code: offer.code })}
                    question={t("removeQuestion", { code: offer.code })}
                    consequence={t("removeConsequence")}
                    confirmLabel={t("removeConfirm", { code: offer.code })}
                    isPending={remove.isPending}
                    onConfirm={() => remove.execute({ workspaceId, campaignId, offerId: offer.id })}
                  />
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <div role="group" aria-labelledby="add-offer-heading" className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          <h3 id="add-offer-heading" className="font-medium">
            {t("newOffer")}
          </h3>
          <OfferFields idPrefix="add-offer" label={t("newOffer")} value={adding} products={products} onChange={setAdding} />
          <div className="flex flex-wrap gap-2">
            <SoftDisabledButton type="button" unavailable={pending} onClick={() => add.execute({ workspaceId, campaignId, ...offerDraftToInput(adding) })}>
              {t("saveNew")}
            </SoftDisabledButton>
            <Button type="button" variant="secondary" onClick={() => setAdding(null)}>
              {t("cancelNew")}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => (setNotice(null), setAdding(emptyOfferDraft(defaultValidUntil)))}>
            {t("add")}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
      </div>
    </section>
  );
}
