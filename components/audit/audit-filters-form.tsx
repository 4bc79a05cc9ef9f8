import { useTranslations } from "next-intl";

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFiltersForm({ values }: { values: Record<string, string | undefined> }) {
  const t = useTranslations("audit.filters");
  const input = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm";
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <label className="text-sm font-medium">
        {t("action")}
        <input name="action" defaultValue={values.action} placeholder="members." className={input} />
      </label>
      <label className="text-sm font-medium">
        {t("actor")}
        <input name="actor" defaultValue={values.actor} placeholder={t("actorPlaceholder")} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t("outcome")}
        <select name="outcome" defaultValue={values.outcome ?? ""} className={input}>
          <option value="">{t("any")}</option>
          <option value="success">{t("outcomes.success")}</option>
          <option value="denied">{t("outcomes.denied")}</option>
          <option value="invalid_input">{t("outcomes.invalid_input")}</option>
          <option value="failed">{t("outcomes.failed")}</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("from")}
        <input type="date" name="from" defaultValue={values.from} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t("to")}
        <input type="date" name="to" defaultValue={values.to} className={input} />
      </label>
      <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
        {t("submit")}
      </button>
    </form>
  );
}
