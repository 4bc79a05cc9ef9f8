"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The new signing secret, shown once with a copy button, and how a receiver checks a delivery.
 * Focus moves here so a keyboard or screen-reader user does not miss it.
 */
export function SecretOnce({ secret }: { secret: string }) {
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
        New signing secret: copy it now
      </h3>
      <p>This is the only time it is shown. Store it in the CMS; later this page shows only its last four characters.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded border border-slate-300 bg-white px-2 py-1 font-mono break-all select-all" data-testid="secret-value">
          {secret}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          Copy secret
        </Button>
        <span aria-live="polite" className="text-xs">
          {copied === "yes" ? "Copied." : copied === "failed" ? "Copying was refused by the browser: select the text and copy it by hand." : ""}
        </span>
      </div>
      <SignatureHelp />
    </div>
  );
}

/** How a receiver verifies a delivery (the scheme in lib/webhooks/sign.ts). */
export function SignatureHelp() {
  return (
    <div className="space-y-1">
      <p className="font-medium">Checking a delivery</p>
      <p>
        Each POST carries the header <code className="font-mono">x-brandpilot-signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>, where{" "}
        <code className="font-mono">v1</code> is the HMAC-SHA256, keyed with this secret, of the text <code className="font-mono">&lt;t&gt;.&lt;raw request body&gt;</code>.
      </p>
      <p>
        Recompute it over the raw body, compare in constant time, and reject timestamps more than 5 minutes old (a replayed request). The header{" "}
        <code className="font-mono">x-brandpilot-event</code> names the event, and <code className="font-mono">x-brandpilot-event-id</code> (also{" "}
        <code className="font-mono">id</code> in the body) stays the same on retries and redeliveries: store it to process each event once.
      </p>
      <pre className="overflow-x-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">{`const [t, v1] = header.split(",").map((p) => p.split("=")[1]);
const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest("hex");
const ok = timingSafeEqual(Buffer.from(v1, "hex"), Buffer.from(expected, "hex"))
  && Math.abs(Date.now() / 1000 - Number(t)) <= 300;`}</pre>
    </div>
  );
}
