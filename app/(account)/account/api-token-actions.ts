"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { tokenExpirySchema, tokenNameSchema, tokenScopesSchema } from "@/lib/api-tokens/input-schemas";
import { createPersonalToken, revokeApiToken } from "@/lib/api-tokens/manage-tokens";

/** A personal token acts as its member in one workspace, so it is created through that workspace's membership check. */
export const createPersonalTokenAction = defineAction({
  name: "tokens.create_personal",
  permission: "api_token:personal",
  mutates: true,
  input: workspaceScopedInput.extend({ name: tokenNameSchema, scopes: tokenScopesSchema, expiresInDays: tokenExpirySchema }),
  async handler({ input, ctx }) {
    const created = await createPersonalToken(ctx.db, { ...input, actorId: ctx.actor.id, memberRole: ctx.membership.role });
    ctx.audit.target("api_token", created.id);
    ctx.audit.detail({ kind: "personal", tokenName: created.name, prefix: created.prefix, scopes: input.scopes, expiresAt: created.expiresAt.toISOString() });
    return { id: created.id, token: created.token, name: created.name, expiresAt: created.expiresAt.toISOString() };
  },
});

export const revokeOwnTokenAction = defineAction({
  name: "tokens.revoke_own",
  permission: "api_token:personal",
  mutates: true,
  input: workspaceScopedInput.extend({ tokenId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    const revoked = await revokeApiToken(ctx.db, { ...input, actorId: ctx.actor.id, onlyOwnPersonal: true });
    ctx.audit.target("api_token", revoked.id);
    ctx.audit.detail({ kind: revoked.kind, tokenName: revoked.name, alreadyRevoked: revoked.alreadyRevoked });
    return { id: revoked.id };
  },
});
