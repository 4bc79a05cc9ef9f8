import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Keyset paging by storage seq: entries appended while reading never shift a page.
 * `params` are the current query string's values; every one but `before` is kept.
 */
export function AuditPager({ params, nextCursor }: { params: Record<string, string | undefined>; nextCursor?: number }) {
  const t = useTranslations("audit.pager");
  const kept = Object.entries(params).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "before",
  );
  const newestParams = new URLSearchParams(kept);
  const olderParams = new URLSearchParams(kept);
  if (nextCursor) olderParams.set("before", String(nextCursor));
  if (!nextCursor && !params.before) return null;
  return (
    <nav aria-label={t("label")} className="mt-4 flex gap-4">
      {params.before ? (
        <Link className="text-brand-700 underline" href={`?${newestParams}`}>
          {t("newest")}
        </Link>
      ) : null}
      {nextCursor ? (
        <Link className="text-brand-700 underline" href={`?${olderParams}`}>
          {t("older")}
        </Link>
      ) : null}
    </nav>
  );
}
