"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        // redirect: false, then navigate ourselves: next-auth's own redirect URL is built from
        // NEXTAUTH_URL, which the zero-config demo does not set.
        await signOut({ redirect: false });
        window.location.assign("/login");
      }}
    >
      Sign out
    </Button>
  );
}
