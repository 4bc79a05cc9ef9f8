import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { ZodWithoutEval } from "@/components/security/zod-without-eval";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Brandpilot", template: "%s · Brandpilot" },
  description: "Open-source marketing copilot: grounded SEO assets and ad variants.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the Content-Security-Policy nonce (proxy.ts) differs per
  // response and Next can only stamp it on its scripts while rendering. A page prerendered at
  // build time would carry no nonce, and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ZodWithoutEval />
        {children}
      </body>
    </html>
  );
}
