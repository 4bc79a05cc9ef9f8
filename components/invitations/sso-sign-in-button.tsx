"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** SSO sign-in that comes back to the invitation, where the signed-in account then accepts it. */
export function SsoSignInButton({ providerId, providerName, token }: { providerId: string; providerName: string; token: string }) {
  const t = useTranslations("invitations");
  return (
    <Button variant="secondary" className="w-full" onClick={() => signIn(providerId, { callbackUrl: `/invite/${token}` })}>
      {t("ssoSignIn", { provider: providerName })}
    </Button>
  );
}
