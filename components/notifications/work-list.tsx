import Link from "next/link";

export type WorkListItem = { id: string; title: string; detail: string };

/** One My work section: a heading with its count and links to the assets. */
export function WorkList({ title, emptyText, items, workspacePath }: { title: string; emptyText: string; items: WorkListItem[]; workspacePath: string }) {
  const headingId = `work-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.id} className="text-sm">
              <Link href={`${workspacePath}/assets/${item.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {item.title}
              </Link>{" "}
              <span className="text-slate-600">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
