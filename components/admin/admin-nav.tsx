"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { isCurrentPath } from "@/components/shell/is-current-path";

/** Path segment and its message key below `admin.nav`. */
const SECTIONS = [
  { path: "members", key: "members" },
  { path: "audit", key: "audit" },
  { path: "models", key: "models" },
  { path: "brand", key: "brand" },
  { path: "webhook", key: "webhook" },
  { path: "api-tokens", key: "apiTokens" },
  { path: "data-protection", key: "dataProtection" },
  { path: "export", key: "export" },
] as const;

/** The admin menu, marking where the admin is (aria-current and a visible highlight). */
export function AdminNav({ base }: { base: string }) {
  const pathname = usePathname();
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 md:flex-col md:flex-nowrap">
        {SECTIONS.map((section) => {
          const href = `${base}/${section.path}`;
          const isCurrent = isCurrentPath(pathname, href);
          return (
            <li key={section.path}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm ${isCurrent ? "bg-brand-50 font-semibold text-brand-900" : "hover:bg-slate-100"}`}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
