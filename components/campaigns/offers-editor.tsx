"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addOfferAction, removeOfferAction, updateOfferAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { describeActionError } from "@/components/ui/action-error";
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
  const router = useRouter();
  const [editing, setEditing] = useState<{ id: string; draft: OfferDraft } | null>(null);
  const [adding, setAdding] = useState<OfferDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };
  const add = useAction(addOfferAction, { onSuccess: ({ data }) => data && (setAdding(null), done(`Offer ${data.code} added.`)) });
  const update = useAction(updateOfferAction, { onSuccess: ({ data }) => data && (setEditing(null), done(`Offer ${data.code} saved.`)) });
  const remove = useAction(removeOfferAction, { onSuccess: ({ data }) => data && done(`Offer ${data.code} removed.`) });
  const error = describeActionError(add.result) ?? describeActionError(update.result) ?? describeActionError(remove.result);
  const pending = add.isPending || update.isPending || remove.isPending;

  return (
    <section aria-labelledby="offers-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="offers-heading" className="text-lg font-medium">
        Offers
      </h2>
      {offers.length === 0 ? <p className="text-sm text-slate-600">This campaign has no offers.</p> : null}
      <ul className="grid gap-3">
        {offers.map((offer) => (
          <li key={offer.id} className="rounded-md border border-slate-200 p-3" data-testid={`offer-${offer.code}`}>
            {editing?.id === offer.id ? (
              <div className="grid gap-2">
                <OfferFields idPrefix={`edit-${offer.id}`} label={`Offer ${offer.code}`} value={editing.draft} products={products} onChange={(draft) => setEditing({ id: offer.id, draft })} />
                <div className="flex flex-wrap gap-2">
                  <SoftDisabledButton type="button" unavailable={pending} onClick={() => update.execute({ workspaceId, campaignId, offerId: offer.id, ...offerDraftToInput(editing.draft) })}>
                    Save offer {offer.code}
                  </SoftDisabledButton>
                  <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                    Cancel
                  </Button>
                </div>
              </div>
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="text-sm">
                  <p className="font-medium text-slate-900">
                    {offer.code} · {offer.value} · valid until {offer.validUntil}
                  </p>
                  {offer.conditions ? <p className="text-slate-700">{offer.conditions}</p> : null}
                  <OfferEligibility offer={offer} products={products} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button type="button" variant="secondary" onClick={() => setEditing({ id: offer.id, draft: offerToDraft(offer) })}>
                    Edit offer {offer.code}
                  </Button>
                  <ConfirmButton
                    label={`Remove offer ${offer.code}`}
                    question={`Remove the offer ${offer.code}?`}
                    consequence="Assets already written with it keep their text; new briefs of this campaign can no longer cite it. This cannot be undone."
                    confirmLabel={`Yes, remove ${offer.code}`}
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
            New offer
          </h3>
          <OfferFields idPrefix="add-offer" label="New offer" value={adding} products={products} onChange={setAdding} />
          <div className="flex flex-wrap gap-2">
            <SoftDisabledButton type="button" unavailable={pending} onClick={() => add.execute({ workspaceId, campaignId, ...offerDraftToInput(adding) })}>
              Save new offer
            </SoftDisabledButton>
            <Button type="button" variant="secondary" onClick={() => setAdding(null)}>
              Cancel new offer
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => (setNotice(null), setAdding(emptyOfferDraft(defaultValidUntil)))}>
            Add offer
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
      </div>
    </section>
  );
}
