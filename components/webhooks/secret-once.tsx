"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The new signing secret, shown once with a copy button, and how a receiver checks a delivery.
 * Focus moves here so a keyboard or screen-reader user does not miss it.
 */
export function SecretOnce({ secret }: { secret: string }) {
  const t = useTranslations("webhooks.secret");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (permissions, plain http): the text is selectable instead.
      setCopied("failed");
    }
  }

  return (
    <div className="space-y-3 rounded-md border-2 border-amber-400 bg-amber-50 p-4 text-sm text-slate-900" data-testid="new-secret">
      <h3 ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        {t("heading")}
      </h3>
      <p>{t("explain")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded border border-slate-300 bg-white px-2 py-1 font-mono break-all select-all" data-testid="secret-value">
          {secret}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <span aria-live="polite" className="text-xs">
          {copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
      <SignatureHelp />
    </div>
  );
}

/** Code, the same in every language. */
const VERIFY_SNIPPET = `const [t, v1] = header.split(",").map((p) => p.split("=")[1]);
const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest("hex");
const ok = timingSafeEqual(Buffer.from(v1, "hex"), Buffer.from(expected, "hex"))
  && Math.abs(Date.now() / 1000 - Number(t)) <= 300;`;

/** How a receiver verifies a delivery (the scheme in lib/webhooks/sign.ts). */
export function SignatureHelp() {
  const t = useTranslations("webhooks.signatureHelp");
  const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;
  // The placeholders stay in angle brackets, which ICU messages cannot hold as text: built here, words translated.
  const signatureHeader = `x-brandpilot-signature: t=<${t("unixSeconds")}>,v1=<hex>`;
  const signedText = `<t>.<${t("rawBody")}>`;
  return (
    <div className="space-y-1">
      <p className="font-medium">{t("heading")}</p>
      <p>{t.rich("header", { code, signatureHeader, signedText })}</p>
      <p>{t.rich("verify", { code })}</p>
      <pre className="overflow-x-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">{VERIFY_SNIPPET}</pre>
    </div>
  );
}
