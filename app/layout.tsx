import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ZodWithoutEval } from "@/components/security/zod-without-eval";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: "Brandpilot", template: "%s · Brandpilot" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the Content-Security-Policy nonce (proxy.ts) differs per
  // response and Next can only stamp it on its scripts while rendering. A page prerendered at
  // build time would carry no nonce, and its scripts would be blocked.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ZodWithoutEval />
        {/* Inherits locale, messages, time zone and formats from lib/i18n/request.ts for client components. */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
