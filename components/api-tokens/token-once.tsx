"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** A newly created token, shown once with a copy button; focus moves here so nobody misses it. */
export function TokenOnce({ name, token }: { name: string; token: string }) {
  const t = useTranslations("apiTokens.once");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="space-y-2 rounded-md border-2 border-amber-400 bg-amber-50 p-4 text-sm text-slate-900" data-testid="new-token">
      <h3 ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        {t("heading", { name })}
      </h3>
      <p>{t.rich("explain", { code: (chunks) => <code className="font-mono">{chunks}</code> })}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded border border-slate-300 bg-white px-2 py-1 font-mono break-all select-all" data-testid="token-value">
          {token}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <span aria-live="polite" className="text-xs">
          {copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
    </div>
  );
}
