"use server";

import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { definePublicAction } from "@/lib/authz/define-action";
import { completeFirstRunSetup, describeSetupForAudit, SetupPasswordRejectedError } from "@/lib/setup/complete-setup";
import { errorTextForRequest } from "@/lib/i18n/request-error-text";
import { refinePasswordConfirmation, setupFieldsSchema } from "@/lib/setup/setup-input";

// The input schema runs before anything proves the caller, so it holds only cheap checks; the
// password strength is checked by completeFirstRunSetup after the token and reported on its field.
const setupInput = setupFieldsSchema
  .extend({ token: z.string().trim().min(1, { error: "validation.setup.pasteSetupTokenFrom" }).max(100) })
  .superRefine(refinePasswordConfirmation);

/**
 * First-run setup from the web. Public (nobody has an account yet): the one-time token from the
 * server log is the guard, checked with everything else inside the setup lock.
 */
export const completeSetupAction = definePublicAction({
  name: "setup.complete",
  mutates: true,
  input: setupInput,
  async handler({ input, ctx }) {
    const result = await completeFirstRunSetup(ctx.db, { ...input, proof: { kind: "token", token: input.token } }).catch(async (error: unknown) => {
      if (error instanceof SetupPasswordRejectedError) {
        const message = await errorTextForRequest({ key: error.messageKey, params: error.params });
        returnValidationErrors(setupInput, { password: { _errors: [message] } });
      }
      throw error;
    });
    // The new admin did this: their entry opens the new workspace's chain.
    ctx.audit.workspace(result.workspace.id);
    ctx.audit.actor(result.userId, result.email);
    ctx.audit.target("user", result.userId);
    ctx.audit.detail(describeSetupForAudit(result, "web"));
    return { email: result.email, slug: result.workspace.slug };
  },
});
