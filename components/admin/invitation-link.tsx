"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** A link shown once to copy: selectable text plus a copy button that says when it worked. */
export function InvitationLink({ link, email }: { link: string; email: string }) {
  const t = useTranslations("admin.invitationLink");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  // Unique per notice: the invite form and the table can each show one at the same time.
  const inputId = useId();
  return (
    <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
      <label className="sr-only" htmlFor={inputId}>
        {t("label", { email })}
      </label>
      <input
        id={inputId}
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
      />
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied("yes");
          } catch {
            // Clipboard access needs a secure context; the field above stays selectable.
            setCopied("failed");
          }
        }}
      >
        {copied === "yes" ? t("copied") : t("copy")}
      </Button>
      {copied === "failed" ? <span className="text-sm">{t("copyFailed")}</span> : null}
    </div>
  );
}
