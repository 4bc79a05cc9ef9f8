import { useTranslations } from "next-intl";
import type { Omission } from "@/lib/assets/schemas/omission";

/**
 * What the brief asked for that the asset leaves out, and why (a banned claim, a code no source
 * names, a language with no sources). Shown on the Generate page and to the reviewer, so a
 * request that was dropped on purpose is not mistaken for one that was forgotten.
 */
export function OmissionNotes({ omissions }: { omissions: readonly Omission[] }) {
  const t = useTranslations("generate.omissions");
  if (omissions.length === 0) return null;
  return (
    <section data-testid="omission-notes" aria-label={t("label")} className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      <p className="font-semibold">
        {t("heading", { count: omissions.length })}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {omissions.map((omission, index) => (
          <li key={`${omission.item}-${index}`}>
            {t.rich("item", { item: omission.item, reason: omission.reason, strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
          </li>
        ))}
      </ul>
    </section>
  );
}
