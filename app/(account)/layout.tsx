import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppFrame } from "@/components/shell/app-frame";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Pages about the person's own account, outside any workspace. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <AppFrame
      homeHref="/"
      width="narrow"
      headerStart={
        <Link href="/" className="text-sm text-slate-700 underline-offset-2 hover:underline">
          {t("backToWorkspace")}
        </Link>
      }
      headerEnd={<SignOutButton />}
    >
      {children}
    </AppFrame>
  );
}
