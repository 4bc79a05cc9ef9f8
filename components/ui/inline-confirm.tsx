"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

const TONES = {
  danger: { box: "border-red-200 bg-red-50", text: "text-red-900", confirm: "danger" },
  caution: { box: "border-amber-300 bg-amber-50", text: "text-amber-950", confirm: "primary" },
} as const;

export type InlineConfirmProps = {
  /** The question, naming what is affected ("Retire “Pricing 2025”?"). */
  question: string;
  /** What happens, said before it happens: who loses what, whether it can be undone. */
  consequence: ReactNode;
  confirmLabel: string;
  tone?: keyof typeof TONES;
  isPending?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
};

/**
 * An in-page confirmation for a consequential action. The browser's window.confirm blocks the
 * page, cannot be styled or read in context, and end-to-end tests must answer it blind; this one
 * sits where the button was, says what will happen, and leaves focus on the page.
 */
export function InlineConfirm({ question, consequence, confirmLabel, tone = "danger", isPending = false, onConfirm, onCancel, testId = "inline-confirm" }: InlineConfirmProps) {
  const headingId = useId();
  const t = useTranslations("common");
  const style = TONES[tone];
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={headingId} className={`rounded-md border p-3 text-sm ${style.box}`} data-testid={testId}>
      <h3 id={headingId} className={`font-medium ${style.text}`}>
        {question}
      </h3>
      <p className={`mt-1 ${style.text}`}>{consequence}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant={style.confirm} disabled={isPending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}

/**
 * A button that asks first: pressing it opens the confirmation in its place, and only the
 * confirmation's button runs the action. The confirm button carries `confirmLabel`, so it never
 * shares its name with the button that opened it.
 */
export function ConfirmButton({
  label,
  variant = "danger",
  disabled = false,
  className,
  ariaLabel,
  ...confirm
}: Omit<InlineConfirmProps, "onCancel"> & {
  label: string;
  /** The opening button's accessible name when the visible label is short ("Revoke invitation to …"). */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (asking) {
    return (
      <InlineConfirm
        {...confirm}
        onConfirm={() => {
          setAsking(false);
          confirm.onConfirm();
        }}
        onCancel={() => setAsking(false)}
      />
    );
  }
  return (
    <Button type="button" variant={variant} disabled={disabled || confirm.isPending} className={className} aria-label={ariaLabel} onClick={() => setAsking(true)}>
      {label}
    </Button>
  );
}
