"use client";

import { useTranslations } from "next-intl";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import { useFieldContext } from "./field-context";
import { FIELD_LIMITS } from "./field-limits";
import { truncateVisible } from "./preview-text";
import { shoppingCardFacts } from "./shopping-card-facts";

/**
 * How the product could appear as a Google Shopping result: the title cut where Shopping cuts
 * it (about 70 characters), with the price, brand and shop the feed states. The supplemental feed
 * changes only the texts; what the sources do not state is left out, not made up.
 */
export function ShoppingCardPreview({ feed }: { feed: MerchantFeed }) {
  const t = useTranslations("generate.previews");
  const { sources } = useFieldContext();
  const facts = shoppingCardFacts(feed, sources);
  const title = feed.title.text.trim();
  return (
    <figure data-testid="shopping-preview" className="max-w-56 overflow-hidden rounded-md border border-slate-200 bg-white text-sm">
      <figcaption className="px-3 pt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("shoppingPreview")}</figcaption>
      {/* slate-700 on slate-200 is 8.6:1, as in the ad previews (axe color-contrast). */}
      <div className="mx-3 mt-2 flex aspect-square items-center justify-center rounded bg-slate-200 text-xs text-slate-700">{t("productImage")}</div>
      <div className="space-y-0.5 px-3 py-2">
        <p className="line-clamp-3 text-[#1a0dab]">{title ? truncateVisible(title, FIELD_LIMITS.merchantTitle.max) : t("titleMissing")}</p>
        <p className="font-semibold text-slate-900">{facts.price ?? <span className="font-normal text-slate-600">{t("priceFromFeed")}</span>}</p>
        {facts.store ? <p className="text-xs text-slate-600">{facts.store}</p> : null}
        {facts.brand ? <p className="text-xs text-slate-600">{facts.brand}</p> : null}
      </div>
    </figure>
  );
}
