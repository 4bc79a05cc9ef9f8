"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath } from "@/components/shell/is-current-path";

const SECTIONS = [
  { path: "members", label: "Members" },
  { path: "audit", label: "Audit log" },
  { path: "models", label: "Models & routing" },
  { path: "brand", label: "Brand rules" },
  { path: "webhook", label: "Webhook" },
  { path: "api-tokens", label: "API tokens" },
  { path: "data-protection", label: "Data protection" },
  { path: "export", label: "Export" },
] as const;

/** The admin menu, marking where the admin is (aria-current and a visible highlight). */
export function AdminNav({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin">
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
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
