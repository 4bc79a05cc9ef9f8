"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";

/** `count`: a badge after the label (My work: unread notifications plus waiting items); 0 or absent shows none. */
export type NavItem = { href: string; label: string; count?: number; /** Stable across languages, for tests. */ testId: string };

export function WorkspaceNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("shell.nav");
  return (
    <nav aria-label={t("label")} className="overflow-x-auto">
      <ul className="flex gap-1">
        {items.map((item) => {
          const isActive = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isActive ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
                  isActive ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {item.label}
                {item.count ? (
                  <span className={`ml-1.5 rounded-full px-1.5 text-xs ${isActive ? "bg-white text-brand-700" : "bg-brand-600 text-white"}`} data-testid={`nav-count-${item.testId}`}>
                    {item.count}
                    <span className="sr-only"> {t("waiting")}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
