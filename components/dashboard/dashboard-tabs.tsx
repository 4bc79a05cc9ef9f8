import Link from "next/link";
import type { DashboardTab } from "@/lib/kpi/dashboard/filters";

const TABS: { id: DashboardTab; label: string }[] = [
  { id: "performance", label: "Campaign performance" },
  { id: "budget", label: "Budget suggestion" },
  { id: "operations", label: "Copilot operations" },
  { id: "imports", label: "Imports" },
];

/** Tabs are links: the tab is part of the URL, like the rest of the view. */
export function DashboardTabs({ current, hrefFor }: { current: DashboardTab; hrefFor: Record<DashboardTab, string> }) {
  return (
    <nav aria-label="Dashboard sections" className="mb-4 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab.id}>
            <Link
              href={hrefFor[tab.id]}
              aria-current={tab.id === current ? "page" : undefined}
              className={`block rounded-t-md px-3 py-2 text-sm font-medium ${tab.id === current ? "border-b-2 border-brand-600 text-brand-900" : "text-slate-600 hover:text-slate-900"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
