"use client";

import type { CustomMappingInput } from "@/lib/kpi/import/custom-mapping";

const FIELDS: { key: keyof CustomMappingInput["columns"]; label: string; required: boolean }[] = [
  { key: "date", label: "Date (one day per row)", required: true },
  { key: "campaign", label: "Campaign", required: true },
  { key: "impressions", label: "Impressions", required: true },
  { key: "clicks", label: "Clicks", required: true },
  { key: "cost", label: "Cost", required: true },
  { key: "adGroup", label: "Ad group / ad set", required: false },
  { key: "adId", label: "Ad id", required: false },
  { key: "conversions", label: "Conversions", required: false },
  { key: "revenue", label: "Conversion value", required: false },
  { key: "currency", label: "Currency", required: false },
  { key: "url", label: "Landing page URL (UTM tags)", required: false },
  { key: "dateEnd", label: "Reporting end date", required: false },
];

const CONTROL = "mt-1 block w-full min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

/** The custom column mapping: which header holds which field, and how the file writes dates and numbers. */
export function CustomMappingFields({ headers, value, onChange }: { headers: string[]; value: CustomMappingInput; onChange: (next: CustomMappingInput) => void }) {
  const setColumn = (key: keyof CustomMappingInput["columns"], header: string) => {
    const columns = { ...value.columns } as Record<string, string | undefined>;
    if (header) columns[key] = header;
    else delete columns[key];
    onChange({ ...value, columns: columns as CustomMappingInput["columns"] });
  };
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">Custom column mapping</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => (
          <label key={field.key} className="text-sm">
            {field.label}
            {field.required ? " *" : ""}
            <select className={CONTROL} value={(value.columns as Record<string, string | undefined>)[field.key] ?? ""} onChange={(event) => setColumn(field.key, event.target.value)}>
              <option value="">{field.required ? "Choose a column" : "(none)"}</option>
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
          Channel name
          <input className={CONTROL} value={value.channel} onChange={(event) => onChange({ ...value, channel: event.target.value })} />
        </label>
        <label className="text-sm">
          Slash dates are
          <select className={CONTROL} value={value.slashDateOrder ?? "mdy"} onChange={(event) => onChange({ ...value, slashDateOrder: event.target.value as "mdy" | "dmy" })}>
            <option value="mdy">month/day/year</option>
            <option value="dmy">day/month/year</option>
          </select>
        </label>
        <label className="text-sm">
          Decimal separator
          <select className={CONTROL} value={value.decimalSeparator ?? "."} onChange={(event) => onChange({ ...value, decimalSeparator: event.target.value as "." | "," })}>
            <option value=".">point (1,234.56)</option>
            <option value=",">comma (1.234,56)</option>
          </select>
        </label>
        <label className="text-sm">
          Currency when no column says
          <input className={CONTROL} value={value.defaultCurrency ?? ""} placeholder="EUR" maxLength={3} onChange={(event) => onChange({ ...value, defaultCurrency: event.target.value.toUpperCase() || undefined })} />
        </label>
      </div>
    </fieldset>
  );
}
