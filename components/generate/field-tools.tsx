"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFieldContext } from "./field-context";

const TOOL = "rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:text-slate-400";

/**
 * Undo (one step of this field's history: a regenerate or a typing session) and Copy. Undo is
 * shown only when there is something to undo, and says what it undoes.
 */
export function FieldTools({ path, label, value }: { path: string; label: string; value: string }) {
  const t = useTranslations("generate.field");
  const { readOnly, streaming, canUndo, undo, undoCauseOf } = useFieldContext();
  const [copied, setCopied] = useState(false);
  if (streaming) return null;
  const cause = undoCauseOf?.(path);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the text stays selectable.
      setCopied(false);
    }
  }

  return (
    <>
      {undo && canUndo?.(path) && !readOnly ? (
        <button type="button" onClick={() => undo(path)} aria-label={t(cause === "regenerate" ? "undoRegenerateLabel" : "undoEditLabel", { field: label })} className={TOOL}>
          {t("undo")}
        </button>
      ) : null}
      <button type="button" onClick={() => void copy()} aria-label={t("copyLabel", { field: label })} className={TOOL}>
        {copied ? t("copied") : t("copy")}
      </button>
      <span className="sr-only" aria-live="polite">
        {copied ? t("copiedAnnouncement", { field: label }) : ""}
      </span>
    </>
  );
}
