import { useTranslations } from "next-intl";

/** An honest empty page: says what this section will do and that it is not built yet. */
export function ComingSoon({ title, plans }: { title: string; plans: string[] }) {
  const t = useTranslations("ui.comingSoon");
  return (
    <section aria-labelledby="coming-soon-heading" className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <h2 id="coming-soon-heading" className="text-lg font-medium">
        {t("title", { title })}
      </h2>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-700">
        {plans.map((plan) => (
          <li key={plan}>{plan}</li>
        ))}
      </ul>
    </section>
  );
}
