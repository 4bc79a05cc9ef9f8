"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/authz/define-action";
import { requestPasswordReset } from "@/lib/account/request-reset";
import { getAccountSettings } from "@/lib/account/settings";

export const requestPasswordResetAction = definePublicAction({
  name: "account.request_password_reset",
  mutates: true,
  input: z.object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: "validation.forgotPassword.enterValidEmailAddress" })),
  }),
  async handler({ input, ctx }) {
    return requestPasswordReset(ctx.db, { email: input.email, settings: getAccountSettings(), audit: ctx.audit });
  },
});
