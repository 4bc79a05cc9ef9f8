"use client";

import { useTranslations } from "next-intl";

import { Field, TextInput } from "@/components/ui/field";
import type { OfferDraft } from "./form-values";

export type ProductChoice = { id: string; title: string; category: string | null };

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * One offer's fields. `idPrefix` keeps ids unique when several offers are on the page; `label`
 * names the offer in each control's accessible name ("Offer 2 code"), so tests and screen readers
 * can tell the rows apart.
 */
export function OfferFields({ idPrefix, label, value, products, onChange }: { idPrefix: string; label: string; value: OfferDraft; products: readonly ProductChoice[]; onChange(next: OfferDraft): void }) {
  const t = useTranslations("campaigns.offerFields");
  const set = <K extends keyof OfferDraft>(key: K, next: OfferDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}-code`} label={t("code", { offer: label })}>
        <TextInput id={`${idPrefix}-code`} value={value.code} onChange={(event) => set("code", event.target.value)} placeholder={t("codePlaceholder")} autoCapitalize="characters" />
      </Field>
      <Field id={`${idPrefix}-value`} label={t("value", { offer: label })}>
        <TextInput id={`${idPrefix}-value`} value={value.value} onChange={(event) => set("value", event.target.value)} placeholder={t("valuePlaceholder")} />
      </Field>
      <Field id={`${idPrefix}-valid-until`} label={t("validUntil", { offer: label })}>
        <TextInput id={`${idPrefix}-valid-until`} type="date" value={value.validUntil} onChange={(event) => set("validUntil", event.target.value)} />
      </Field>
      <Field id={`${idPrefix}-categories`} label={t("categories", { offer: label })}>
        <TextInput id={`${idPrefix}-categories`} value={value.categories} onChange={(event) => set("categories", event.target.value)} placeholder={t("categoriesPlaceholder")} />
      </Field>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-conditions`} className="block text-sm font-medium text-slate-800">
          {t("conditions", { offer: label })}
        </label>
        <textarea id={`${idPrefix}-conditions`} rows={2} className={AREA} value={value.conditions} onChange={(event) => set("conditions", event.target.value)} placeholder={t("conditionsPlaceholder")} />
      </div>
      {products.length > 0 ? (
        <div className="sm:col-span-2">
          <label htmlFor={`${idPrefix}-products`} className="block text-sm font-medium text-slate-800">
            {t("products", { offer: label })}
          </label>
          <select
            id={`${idPrefix}-products`}
            multiple
            size={Math.min(6, products.length)}
            className={AREA}
            value={value.eligibleProductIds}
            onChange={(event) => set("eligibleProductIds", [...event.target.selectedOptions].map((option) => option.value))}
          >
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.title}
                {product.category ? ` (${product.category})` : ""}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-slate-600">{t("multiSelectHint")}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-600 sm:col-span-2">{t("noProducts")}</p>
      )}
    </div>
  );
}
