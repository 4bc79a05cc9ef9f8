import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/sign-in-redirect";
import { forbiddenMessageFor } from "@/components/shell/forbidden-message";

// Gets no props: the requested path (set by proxy.ts) tells instance pages from workspace pages.
export default async function Forbidden() {
  const area = forbiddenMessageFor((await headers()).get(REQUEST_PATH_HEADER));
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto max-w-lg p-8" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t(`message.${area}`)}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
