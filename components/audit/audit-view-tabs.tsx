import Link from "next/link";
import { useTranslations } from "next-intl";

export type AuditView = "workspace" | "sign-ins";

/** Two views of the log; links, not client state, so each view (and its page) has a URL. */
export function AuditViewTabs({ current }: { current: AuditView }) {
  const t = useTranslations("audit.views");
  const link = "rounded-md px-3 py-2 text-sm font-medium";
  const tabs: { view: AuditView; label: string; href: string }[] = [
    { view: "workspace", label: t("workspace"), href: "?" },
    { view: "sign-ins", label: t("signIns"), href: "?view=sign-ins" },
  ];
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-2 border-b border-slate-200 pb-2">
      {tabs.map((tab) => (
        <Link
          key={tab.view}
          href={tab.href}
          aria-current={tab.view === current ? "page" : undefined}
          className={tab.view === current ? `${link} bg-brand-50 text-brand-800` : `${link} text-slate-700 hover:bg-slate-100`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
