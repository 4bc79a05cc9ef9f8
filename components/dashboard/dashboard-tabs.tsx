import { useTranslations } from "next-intl";
import Link from "next/link";
import type { DashboardTab } from "@/lib/kpi/dashboard/filters";

const TABS: DashboardTab[] = ["performance", "budget", "operations", "imports"];

/** Tabs are links: the tab is part of the URL, like the rest of the view. */
export function DashboardTabs({ current, hrefFor }: { current: DashboardTab; hrefFor: Record<DashboardTab, string> }) {
  const t = useTranslations("dashboard.tabs");
  return (
    <nav aria-label={t("label")} className="mb-4 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={hrefFor[tab]}
              aria-current={tab === current ? "page" : undefined}
              className={`block rounded-t-md px-3 py-2 text-sm font-medium ${tab === current ? "border-b-2 border-brand-600 text-brand-900" : "text-slate-600 hover:text-slate-900"}`}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
