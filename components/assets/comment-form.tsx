"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useComments } from "./comments-context";

/** A comment box that opens from a "Comment" button and hands focus back to it when done. */
export function CommentComposer({ fieldPath, label, buttonText }: { fieldPath: string | null; label: string; buttonText: string }) {
  const { add, isAdding, addError, canComment } = useComments();
  const t = useTranslations("assets.comments");
  const [isOpen, setIsOpen] = useState(false);
  const [body, setBody] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const error = addError && addError.fieldPath === fieldPath ? addError.message : null;

  useEffect(() => {
    if (isOpen) textRef.current?.focus();
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    setBody("");
    // The button is back in the DOM after this render.
    requestAnimationFrame(() => buttonRef.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim() === "" || isAdding) return;
    add(fieldPath, body.trim(), close);
  }

  if (!isOpen) {
    return (
      <button
        ref={buttonRef}
        type="button"
        onClick={() => setIsOpen(true)}
        aria-label={label}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
      >
        {buttonText}
      </button>
    );
  }
  if (!canComment) return null;
  return (
    <form onSubmit={submit} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2">
      <label htmlFor={id} className="block text-xs font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        ref={textRef}
        rows={2}
        maxLength={2_000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" className="min-h-8 px-3 py-1" aria-disabled={isAdding || body.trim() === "" || undefined}>
          {isAdding ? t("posting") : t("post")}
        </Button>
        <Button type="button" variant="secondary" className="min-h-8 px-3 py-1" onClick={close}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
