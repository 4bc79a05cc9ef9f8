import Link from "next/link";
import { useTranslations } from "next-intl";

type PagerParams = Record<string, string | string[] | undefined>;

/**
 * "Newer / Older" links for a paged list. They keep every other query parameter (the filters) and change only
 * `page`, so moving through pages never loses a filter.
 */
export function Pager({ label, page, hasNewer, hasOlder, params }: { label: string; page: number; hasNewer: boolean; hasOlder: boolean; params: PagerParams }) {
  const t = useTranslations("ui.pager");
  if (!hasNewer && !hasOlder) return null;
  const link = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm text-brand-700 underline";
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3 text-sm">
      {hasNewer ? (
        <Link className={link} href={pageHref(params, page - 1)} rel="prev">
          {t("newer")}
        </Link>
      ) : null}
      <span aria-current="page">{t("page", { page })}</span>
      {hasOlder ? (
        <Link className={link} href={pageHref(params, page + 1)} rel="next">
          {t("older")}
        </Link>
      ) : null}
    </nav>
  );
}

/** The current URL's query with another page; page 1 drops the parameter so the first page has one address. */
export function pageHref(params: PagerParams, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "page") continue;
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== "") query.append(key, item);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "?";
}
