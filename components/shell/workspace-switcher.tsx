"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

export type SwitcherWorkspace = { slug: string; name: string; roleLabel: string };

/** A native select: keyboard- and screen-reader-friendly without extra code. */
export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: SwitcherWorkspace[] }) {
  const router = useRouter();
  const t = useTranslations("shell.workspaceSwitcher");
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="workspace-switcher" className="sr-only">
        {t("label")}
      </label>
      <select
        id="workspace-switcher"
        value={current}
        onChange={(event) => router.push(`/${event.target.value}`)}
        className="min-h-10 max-w-[14rem] rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.slug} value={workspace.slug}>
            {t("option", { name: workspace.name, role: workspace.roleLabel })}
          </option>
        ))}
      </select>
    </div>
  );
}
