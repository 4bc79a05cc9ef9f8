/** Which products an offer applies to, in words: the chosen products, the categories, or every product. */
export function OfferEligibility({ offer, products }: { offer: { eligibleProductIds: string[]; eligibleCategories: string[] }; products: readonly { id: string; title: string }[] }) {
  if (offer.eligibleProductIds.length === 0 && offer.eligibleCategories.length === 0) return <p className="text-slate-600">Every product.</p>;
  const titles = offer.eligibleProductIds.map((id) => products.find((product) => product.id === id)?.title ?? "a product no longer in the feed");
  return (
    <p className="text-slate-600">
      {titles.length > 0 ? `Products: ${titles.join(", ")}.` : null}
      {titles.length > 0 && offer.eligibleCategories.length > 0 ? " " : null}
      {offer.eligibleCategories.length > 0 ? `Categories: ${offer.eligibleCategories.join(", ")}.` : null}
    </p>
  );
}
