"use client";

import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { QUEUE_SHORTCUTS } from "./queue-keys";

export function Kbd({ children }: { children: string }) {
  return <kbd className="rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 shadow-sm">{children}</kbd>;
}

/** The queue's shortcuts, always visible (not behind a "?" overlay) so nobody has to guess them. */
export function ShortcutHints() {
  const t = useTranslations("review.shortcuts");
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-700" data-testid="shortcut-hints">
      <span className="font-medium">{t("keyboard")}</span>{" "}
      {QUEUE_SHORTCUTS.map((shortcut, index) => (
        <Fragment key={shortcut.command}>
          {index > 0 ? <span aria-hidden="true"> · </span> : null}
          <span className="whitespace-nowrap">
            {shortcut.hint.map((key, keyIndex) => (
              <Fragment key={key}>
                {keyIndex > 0 ? " / " : null}
                <Kbd>{key}</Kbd>
              </Fragment>
            ))}{" "}
            {t(shortcut.command)}
          </span>
        </Fragment>
      ))}
      <span className="block text-slate-600">{t("note")}</span>
    </div>
  );
}
