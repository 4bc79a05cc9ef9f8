import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { workspaceNameSchema, workspaceSlugSchema } from "@/lib/workspaces/slug";

/** What the first admin enters, on the setup page and in `npm run setup` alike. */
export const setupFieldsSchema = z.object({
  workspaceName: workspaceNameSchema,
  slug: workspaceSlugSchema,
  name: z.string().trim().min(1, { error: "validation.setup.enterName" }).max(120, { error: "validation.setup.useAtMost120" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "validation.setup.enterValidEmailAddress" })),
  password: z.string().max(256, { error: "validation.setup.useAtMost256" }),
  passwordConfirm: z.string(),
});

export type SetupFields = z.output<typeof setupFieldsSchema>;

/** A cheap check, fine before the caller is proven: the confirmation must repeat the password. */
export function refinePasswordConfirmation(value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "validation.setup.passwordsDiffer" });
  }
}

/**
 * The password rules as field errors, for `npm run setup` (a shell on the server proves the caller).
 * The web action must not run this in its input schema: the strength check costs CPU and the action
 * is public, so there it runs only after the setup token is checked (completeFirstRunSetup).
 */
export function refineSetupPassword(value: { password: string; passwordConfirm: string; email: string; name: string }, ctx: z.RefinementCtx) {
  const problem = checkNewPassword(value.password, { email: value.email, name: value.name });
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  else refinePasswordConfirmation(value, ctx);
}

export const terminalSetupSchema = setupFieldsSchema.superRefine(refineSetupPassword);
