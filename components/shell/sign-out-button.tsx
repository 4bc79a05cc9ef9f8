"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "./language-switcher";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell.accountMenu");
  return (
    <>
      <LanguageSwitcher saveToProfile />
      {/* Next to sign-out wherever a signed-in person sees it: name, password, sessions. */}
      <Link href="/account" className="text-sm font-medium text-slate-700 underline-offset-2 hover:underline">
        {t("profile")}
      </Link>
      <Button
        variant="secondary"
        onClick={async () => {
          // redirect: false, then navigate ourselves: next-auth's own redirect URL is built from
          // NEXTAUTH_URL, which the zero-config demo does not set.
          await signOut({ redirect: false });
          window.location.assign("/login");
        }}
      >
        {t("signOut")}
      </Button>
    </>
  );
}
