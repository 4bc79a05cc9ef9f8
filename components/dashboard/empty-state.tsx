import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";

/** What a workspace without performance data sees: how to get some in. */
export function EmptyState({ canImport, importHref }: { canImport: boolean; importHref: string }) {
  const t = useTranslations("dashboard.empty");
  const em = (chunks: ReactNode) => <em>{chunks}</em>;
  return (
    <section aria-labelledby="empty-heading" className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-testid="dashboard-empty">
      <h2 id="empty-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6 text-slate-700">
        <li>{t.rich("googleAds", { em })}</li>
        <li>{t.rich("metaAds", { em })}</li>
        <li>{t("otherTools")}</li>
      </ol>
      <p className="mt-3 text-slate-700">
        {t("aiGenerated")}
      </p>
      <p className="mt-3">
        {canImport ? (
          <Link href={importHref} className="font-medium text-brand-700 underline">
            {t("importReport")}
          </Link>
        ) : (
          <span className="text-slate-700">{t("noPermission")}</span>
        )}
      </p>
    </section>
  );
}
