import { useTranslations } from "next-intl";
/** Which products an offer applies to, in words: the chosen products, the categories, or every product. */
export function OfferEligibility({ offer, products }: { offer: { eligibleProductIds: string[]; eligibleCategories: string[] }; products: readonly { id: string; title: string }[] }) {
  const t = useTranslations("campaigns.offerEligibility");
  if (offer.eligibleProductIds.length === 0 && offer.eligibleCategories.length === 0) return <p className="text-slate-600">{t("everyProduct")}</p>;
  const titles = offer.eligibleProductIds.map((id) => products.find((product) => product.id === id)?.title ?? t("goneProduct"));
  return (
    <p className="text-slate-600">
      {titles.length > 0 ? t("products", { titles: titles.join(", ") }) : null}
      {titles.length > 0 && offer.eligibleCategories.length > 0 ? " " : null}
      {offer.eligibleCategories.length > 0 ? t("categories", { categories: offer.eligibleCategories.join(", ") }) : null}
    </p>
  );
}
