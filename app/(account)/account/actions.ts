"use server";

import { z } from "zod";
import { defineAccountAction } from "@/lib/authz/define-action";
import { changePassword } from "@/lib/account/change-password";
import { NAME_MAX_LENGTH, updateAccountName } from "@/lib/account/profile";
import { revokeAccountSession, signOutEverywhere } from "@/lib/account/sessions";
import { getAccountSettings } from "@/lib/account/settings";
import { updateAccountLocale } from "@/lib/account/locale";
import { UI_LOCALES } from "@/lib/i18n/locales";

export const updateNameAction = defineAccountAction({
  name: "account.update_name",
  mutates: true,
  input: z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: "validation.account.enterName" })
      .max(NAME_MAX_LENGTH, { error: "validation.account.useAtMostCharacters" }),
  }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", ctx.actor.id);
    const result = await updateAccountName(ctx.db, { userId: ctx.actor.id, name: input.name });
    ctx.audit.detail({ from: result.previousName, to: result.name });
    return { name: result.name };
  },
});

/** Your account → Language, and the shell's switcher. null = follow the browser's Accept-Language. */
export const updateLocaleAction = defineAccountAction({
  name: "account.update_locale",
  mutates: true,
  input: z.object({ locale: z.enum(UI_LOCALES).nullable() }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", ctx.actor.id);
    const result = await updateAccountLocale(ctx.db, { userId: ctx.actor.id, locale: input.locale });
    ctx.audit.detail({ from: result.previousLocale, to: result.locale });
    return { locale: result.locale };
  },
});

export const changePasswordAction = defineAccountAction({
  name: "account.change_password",
  mutates: true,
  input: z.object({
    currentPassword: z.string().min(1, { error: "validation.account.enterCurrentPassword" }).max(1024),
    newPassword: z.string().min(1, { error: "validation.account.enterNewPassword" }).max(1024),
  }),
  async handler({ input, ctx }) {
    const result = await changePassword(ctx.db, {
      userId: ctx.actor.id,
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      limit: getAccountSettings().wrongPasswordLimit,
      audit: ctx.audit,
    });
    return { passwordChangedAt: result.passwordChangedAt.toISOString() };
  },
});

export const revokeSessionAction = defineAccountAction({
  name: "account.revoke_session",
  mutates: true,
  input: z.object({ sessionId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("session", input.sessionId);
    await revokeAccountSession(ctx.db, { userId: ctx.actor.id, sessionId: input.sessionId });
    return { sessionId: input.sessionId };
  },
});

export const signOutEverywhereAction = defineAccountAction({
  name: "account.sign_out_everywhere",
  mutates: true,
  input: z.object({}),
  async handler({ ctx }) {
    ctx.audit.target("user", ctx.actor.id);
    await signOutEverywhere(ctx.db, { userId: ctx.actor.id });
    return { signedOut: true };
  },
});
