import type { ReactNode } from "react";

/** A labelled group of fields (headlines, outline, FAQ): a fieldset, so its legend names the group for assistive tech. */
export function FieldGroup({ legend, empty, children }: { legend: string; empty?: string | false; children: ReactNode }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {empty ? <p className="text-sm text-slate-500">{empty}</p> : <div className="space-y-4">{children}</div>}
    </fieldset>
  );
}

export function SmallBadge({ children }: { children: ReactNode }) {
  return <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{children}</span>;
}
