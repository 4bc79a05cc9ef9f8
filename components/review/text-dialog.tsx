"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type TextDialogProps = {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** The one text the decision needs: a comment, an override reason. */
  fieldLabel: string;
  required: boolean;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit(text: string): void;
  onClose(): void;
};

/**
 * A modal for a decision that needs words (request changes, approve despite errors, archive).
 * The native <dialog> with showModal() traps focus and makes the page behind it inert; the
 * text box gets focus on open, Escape closes, and focus returns to whatever opened it, so a
 * keyboard user of the review queue lands back on the row they were working on.
 */
export function TextDialog({ open, title, description, fieldLabel, required, submitLabel, pending, error, onSubmit, onClose }: TextDialogProps) {
  const t = useTranslations("review.textDialog");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setText("");
      setMissing(false);
      dialog.showModal();
      textRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      openerRef.current?.focus();
    }
  }, [open]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (required && text.trim() === "") {
      setMissing(true);
      textRef.current?.focus();
      return;
    }
    onSubmit(text.trim());
  }

  const message = missing ? `${fieldLabel} is required.` : error;
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      // Escape fires "cancel": let the parent decide (it owns `open`) instead of closing behind its back.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[32rem] max-w-[95vw] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={submit} className="space-y-3 p-5" noValidate>
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <div className="text-sm text-slate-700">{description}</div> : null}
        <div>
          <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
            {fieldLabel}
            <span className="text-slate-600"> {required ? t("required") : t("optional")}</span>
          </label>
          <textarea
            id={fieldId}
            ref={textRef}
            rows={4}
            value={text}
            maxLength={2_000}
            required={required}
            aria-invalid={missing || undefined}
            aria-describedby={message ? `${fieldId}-error` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setMissing(false);
            }}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
          />
        </div>
        <div id={`${fieldId}-error`} aria-live="polite">
          {message ? <Alert tone="error">{message}</Alert> : null}
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? t("working") : submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
