import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * How long sent text is kept. The period is one of the workspace's retention periods, edited on
 * the Data protection page with the others, so there is one place (and one audit trail) for it.
 */
export function StoredPromptsNote({ days, dataProtectionHref }: { days: number; dataProtectionHref: string }) {
  const t = useTranslations("routing.storedPrompts");
  const link = (chunks: ReactNode) => (
    <Link className="underline" href={dataProtectionHref}>
      {chunks}
    </Link>
  );
  return (
    <section aria-labelledby="retention-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {days <= 0 ? t.rich("notStored", { link }) : t.rich("kept", { days, link })}
      </p>
    </section>
  );
}
