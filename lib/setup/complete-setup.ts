import "server-only";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { appendAuditEntry } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { createWorkspace, type CreatedWorkspace } from "@/lib/workspaces/create-workspace";
import { hasAnyUser, lockSetup } from "./setup-state";
import type { SetupFields } from "./setup-input";
import { findUsableSetupToken, spendAllSetupTokens } from "./setup-tokens";

/**
 * How the caller proved they run this instance: the token from the server log (web), or a shell
 * on the server (`npm run setup`, which reaches the database directly anyway).
 */
export type SetupProof = { kind: "token"; token: string } | { kind: "terminal" };

export type FirstRunSetupResult = { userId: string; email: string; name: string; workspace: CreatedWorkspace };

/** The chosen password fails the new-password policy: a field error on `password`, not a refusal of the caller. */
export class SetupPasswordRejectedError extends AppError {
  constructor(message: ErrorMessage) {
    super("invalid_input", message);
    this.name = "SetupPasswordRejectedError";
  }
}

/**
 * Creates the first workspace and its first admin, who is also the first instance owner. Runs in
 * the caller's transaction under the setup lock, so of two concurrent completions (two tabs, two
 * instances, the web and a terminal) exactly one finds the instance empty; the other is refused.
 * Every setup token is spent with it, whichever instance printed it.
 */
export async function completeFirstRunSetup(
  tx: Database,
  options: Omit<SetupFields, "passwordConfirm"> & { proof: SetupProof; now?: Date },
): Promise<FirstRunSetupResult> {
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  await lockSetup(tx);
  if (await hasAnyUser(tx)) throw new AppError("conflict", { key: "setup.alreadySetUp" });
  if (options.proof.kind === "token" && !(await findUsableSetupToken(tx, { token: options.proof.token, now }))) {
    throw new AppError("forbidden", { key: "setup.setupLinkInvalid" });
  }
  // Only now, with the caller proven: the strength check and the hash cost CPU, and the web action
  // is public, so an anonymous request must be refused before it can make the server spend them.
  // The transaction rolls back on a refusal, so the token stays usable for a second try.
  const passwordProblem = newPasswordProblem(options.password, { email, name });
  if (passwordProblem) throw new SetupPasswordRejectedError(passwordProblem);
  const passwordHash = await hashPassword(options.password);
  await spendAllSetupTokens(tx, { now });

  const userId = createId("user");
  await tx.insert(users).values({ id: userId, email, name, passwordHash, isInstanceOwner: true, passwordChangedAt: now });
  const workspace = await createWorkspace(tx, { name: options.workspaceName, slug: options.slug, adminUserId: userId });
  return { userId, email, name, workspace };
}

/** What the audit entry of a completed setup says, whichever way it was done. */
export function describeSetupForAudit(result: FirstRunSetupResult, via: "web" | "terminal") {
  return { workspaceSlug: result.workspace.slug, workspaceName: result.workspace.name, email: result.email, role: "admin", instanceOwner: true, via };
}

/**
 * `npm run setup`: the same setup and its audit entry in one transaction. There is no session and
 * no action wrapper in a terminal, so the entry names the new admin with the label "npm run setup".
 */
export async function completeSetupFromTerminal(db: Database, fields: Omit<SetupFields, "passwordConfirm">): Promise<FirstRunSetupResult> {
  return db.transaction(async (tx) => {
    const result = await completeFirstRunSetup(tx, { ...fields, proof: { kind: "terminal" } });
    await appendAuditEntry(tx, {
      workspaceId: result.workspace.id,
      actorUserId: result.userId,
      actorLabel: "npm run setup",
      action: "setup.complete",
      targetType: "user",
      targetId: result.userId,
      outcome: "success",
      detail: describeSetupForAudit(result, "terminal"),
    });
    return result;
  });
}
