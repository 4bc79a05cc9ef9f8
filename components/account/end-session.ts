"use client";

import { signOut } from "next-auth/react";

/**
 * After a password change or "sign out everywhere" the server has already ended this session;
 * clearing the cookie too and going to the sign-in page tells the person why they are out.
 */
export async function leaveEndedSession(reason: "password_changed" | "signed_out_everywhere" | "session_revoked"): Promise<void> {
  // redirect: false, then navigate ourselves (next-auth's redirect URL needs NEXTAUTH_URL).
  await signOut({ redirect: false });
  window.location.assign(`/login?reason=${reason}`);
}
