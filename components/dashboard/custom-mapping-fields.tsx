"use client";

import { useTranslations } from "next-intl";

import type { CustomMappingInput } from "@/lib/kpi/import/custom-mapping";

const FIELDS: { key: keyof CustomMappingInput["columns"]; required: boolean }[] = [
  { key: "date", required: true },
  { key: "campaign", required: true },
  { key: "impressions", required: true },
  { key: "clicks", required: true },
  { key: "cost", required: true },
  { key: "adGroup", required: false },
  { key: "adId", required: false },
  { key: "conversions", required: false },
  { key: "revenue", required: false },
  { key: "currency", required: false },
  { key: "url", required: false },
  { key: "dateEnd", required: false },
];

const CONTROL = "mt-1 block w-full min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

/** The custom column mapping: which header holds which field, and how the file writes dates and numbers. */
export function CustomMappingFields({ headers, value, onChange }: { headers: string[]; value: CustomMappingInput; onChange: (next: CustomMappingInput) => void }) {
  const t = useTranslations("dashboard.customMapping");
  const setColumn = (key: keyof CustomMappingInput["columns"], header: string) => {
    const columns = { ...value.columns } as Record<string, string | undefined>;
    if (header) columns[key] = header;
    else delete columns[key];
    onChange({ ...value, columns: columns as CustomMappingInput["columns"] });
  };
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => (
          <label key={field.key} className="text-sm">
            {field.required ? t("required", { label: t(`field.${field.key}`) }) : t(`field.${field.key}`)}
            <select className={CONTROL} value={(value.columns as Record<string, string | undefined>)[field.key] ?? ""} onChange={(event) => setColumn(field.key, event.target.value)}>
              <option value="">{field.required ? t("chooseColumn") : t("noColumn")}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="text-sm">
          {t("channel")}
          <input className={CONTROL} value={value.channel} onChange={(event) => onChange({ ...value, channel: event.target.value })} />
        </label>
        <label className="text-sm">
          {t("slashDates")}
          <select className={CONTROL} value={value.slashDateOrder ?? "mdy"} onChange={(event) => onChange({ ...value, slashDateOrder: event.target.value as "mdy" | "dmy" })}>
            <option value="mdy">{t("mdy")}</option>
            <option value="dmy">{t("dmy")}</option>
          </select>
        </label>
        <label className="text-sm">
          {t("decimalSeparator")}
          <select className={CONTROL} value={value.decimalSeparator ?? "."} onChange={(event) => onChange({ ...value, decimalSeparator: event.target.value as "." | "," })}>
            <option value=".">{t("point")}</option>
            <option value=",">{t("comma")}</option>
          </select>
        </label>
        <label className="text-sm">
          {t("defaultCurrency")}
          <input className={CONTROL} value={value.defaultCurrency ?? ""} placeholder={t("currencyPlaceholder")} maxLength={3} onChange={(event) => onChange({ ...value, defaultCurrency: event.target.value.toUpperCase() || undefined })} />
        </label>
      </div>
    </fieldset>
  );
}
