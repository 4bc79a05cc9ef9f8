"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/authz/define-action";
import { resetPassword } from "@/lib/account/reset-password";
import { getAccountSettings } from "@/lib/account/settings";

export const resetPasswordAction = definePublicAction({
  name: "account.reset_password",
  mutates: true,
  input: z.object({
    // The format is checked in the domain function, which answers every bad link with one sentence.
    token: z.string().min(1).max(128),
    newPassword: z.string().min(1, { error: "validation.resetPassword.enterNewPassword" }).max(1024),
  }),
  async handler({ input, ctx }) {
    return resetPassword(ctx.db, { token: input.token, newPassword: input.newPassword, settings: getAccountSettings(), audit: ctx.audit });
  },
});
