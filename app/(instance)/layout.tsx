import { getTranslations } from "next-intl/server";
import { requireInstanceOwnerPage } from "@/lib/workspaces/instance-page-guard";
import { AppFrame } from "@/components/shell/app-frame";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Instance administration: for instance owners only, outside any workspace. */
export default async function InstanceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireInstanceOwnerPage();
  const t = await getTranslations("shell.instance");
  return (
    <AppFrame
      homeHref="/"
      width="wide"
      headerStart={<span className="text-sm font-medium text-slate-700">{t("title")}</span>}
      headerEnd={
        <>
          <span className="hidden text-sm text-slate-600 sm:inline" data-testid="current-user">
            {t("signedInAs", { email: user.email })}
          </span>
          <SignOutButton />
        </>
      }
    >
      {children}
    </AppFrame>
  );
}
