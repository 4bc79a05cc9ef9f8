/**
 * An entry's detail as "key: value" lines that wrap inside the cell. One long JSON string
 * forced the table wider than the page, so the detail hid behind a sideways scroll.
 * The detail is the record as stored, language-neutral by design (English field names and sentences, codes,
 * ISO dates), so it is marked `lang="en"`: a screen reader reads it as English on a German page too.
 */
export function AuditDetailList({ detail }: { detail: Record<string, unknown> }) {
  const pairs = Object.entries(detail);
  if (pairs.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="grid gap-0.5" lang="en">
      {pairs.map(([key, value]) => (
        <div key={key}>
          <dt className="inline font-medium text-slate-700">{key}: </dt>
          <dd className="inline">{formatDetailValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function formatDetailValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
