"use client";

import { useId, type ReactNode } from "react";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";

/**
 * A control this member may not use, shown dimmed with the reason next to it instead of hidden:
 * they see what exists and whom to ask. aria-disabled keeps it focusable, so the reason is read out.
 */
export function UnavailableButton({ label, reason, before, className = "" }: { label: string; reason: string; /** Controls shown in the same row, before it. */ before?: ReactNode; className?: string }) {
  const reasonId = useId();
  return (
    <div className={`flex flex-col items-start gap-1 sm:items-end ${className}`}>
      <div className="flex flex-wrap gap-2">
        {before}
        <SoftDisabledButton type="button" variant="secondary" unavailable aria-describedby={reasonId}>
          {label}
        </SoftDisabledButton>
      </div>
      <p id={reasonId} className="max-w-md text-sm text-amber-900">
        {reason}
      </p>
    </div>
  );
}
