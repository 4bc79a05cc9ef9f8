"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, Select } from "@/components/ui/field";
import { groupProducts, type ProductOption } from "./product-groups";

/**
 * A native select grouped by category, narrowed by a search box. Native rather than a custom
 * combobox: it is keyboard- and screen-reader-complete everywhere, supports type-ahead, and
 * feed catalogues of a few hundred products stay manageable once filtered. The search label
 * avoids the word "product" so "Product" names exactly one control.
 */
export function ProductPicker({
  products,
  value,
  onChange,
  error,
}: {
  products: readonly ProductOption[];
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
}) {
  const t = useTranslations("generate.productPicker");
  const [query, setQuery] = useState("");
  const otherProducts = t("otherProducts");
  const groups = useMemo(() => groupProducts(products, query, value, otherProducts), [products, query, value, otherProducts]);
  const shown = groups.reduce((sum, group) => sum + group.products.length, 0);
  const selected = products.find((product) => product.id === value);

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="brief-product" label={t("product")} error={error}>
        <Select id="brief-product" value={value ?? ""} onChange={(event) => onChange(event.target.value || null)} error={error}>
          <option value="">{t("noProduct")}</option>
          {groups.map((group) => (
            <optgroup key={group.category} label={group.category}>
              {group.products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.title}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        {selected ? (
          <p className="mt-1 text-xs break-all text-slate-600">
            {selected.category ?? t("noCategory")}
            {selected.url ? ` · ${selected.url}` : ""}
          </p>
        ) : null}
      </Field>
      {products.length > 0 ? (
        <div>
          <label htmlFor="brief-product-search" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input
            id="brief-product-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="brief-product-search-count"
            className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
          <p id="brief-product-search-count" className="mt-1 text-xs text-slate-600">
            {query.trim() ? t("shownCount", { shown, total: products.length }) : t("catalogueCount", { total: products.length })}
          </p>
        </div>
      ) : (
        <p className="self-end text-sm text-slate-600">{t("noProducts")}</p>
      )}
    </div>
  );
}
