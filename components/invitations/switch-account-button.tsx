"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Signs out and shows the invitation again, now offering sign-in as the invited address. */
export function SwitchAccountButton() {
  const t = useTranslations("invitations");
  return (
    <Button
      variant="secondary"
      className="w-full"
      onClick={async () => {
        // redirect: false: next-auth would build its redirect from NEXTAUTH_URL, unset in the demo.
        await signOut({ redirect: false });
        window.location.reload();
      }}
    >
      {t("signOut")}
    </Button>
  );
}
