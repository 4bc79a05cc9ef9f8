import { useTranslations } from "next-intl";
/** Shown while a dashboard tab's queries run (the header, tabs and filters are already there). */
export function TabLoading() {
  const t = useTranslations("dashboard");
  return (
    <div role="status" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">
      {t("loadingFigures")}
    </div>
  );
}
