"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/**
 * A button that is unavailable via aria-disabled instead of `disabled`. A natively disabled
 * button drops keyboard focus to the page body the moment it is pressed (Generate while
 * streaming, Save draft once saved); aria-disabled keeps focus in place, is still announced
 * as dimmed, and the click is ignored here.
 */
export function SoftDisabledButton({ unavailable, onClick, className = "", ...props }: ComponentProps<typeof Button> & { unavailable: boolean }) {
  return (
    <Button
      {...props}
      aria-disabled={unavailable || undefined}
      onClick={(event) => {
        if (unavailable) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      className={`aria-disabled:cursor-not-allowed aria-disabled:opacity-60 ${className}`}
    />
  );
}
