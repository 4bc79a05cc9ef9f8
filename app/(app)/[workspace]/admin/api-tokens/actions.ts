"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { tokenExpirySchema, tokenNameSchema, tokenRoleSchema, tokenScopesSchema } from "@/lib/api-tokens/input-schemas";
import { createServiceToken, revokeApiToken } from "@/lib/api-tokens/manage-tokens";

export const createServiceTokenAction = defineAction({
  name: "tokens.create_service",
  permission: "api_token:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ name: tokenNameSchema, role: tokenRoleSchema, scopes: tokenScopesSchema, expiresInDays: tokenExpirySchema }),
  async handler({ input, ctx }) {
    const created = await createServiceToken(ctx.db, { ...input, actorId: ctx.actor.id });
    ctx.audit.target("api_token", created.id);
    ctx.audit.detail({ kind: "service", tokenName: created.name, prefix: created.prefix, role: input.role, scopes: input.scopes, expiresAt: created.expiresAt.toISOString() });
    // The token is returned once, to the admin who created it; it is not in the audit detail.
    return { id: created.id, token: created.token, name: created.name, expiresAt: created.expiresAt.toISOString() };
  },
});

export const revokeTokenAction = defineAction({
  name: "tokens.revoke",
  permission: "api_token:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ tokenId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    const revoked = await revokeApiToken(ctx.db, { ...input, actorId: ctx.actor.id, onlyOwnPersonal: false });
    ctx.audit.target("api_token", revoked.id);
    ctx.audit.detail({ kind: revoked.kind, tokenName: revoked.name, alreadyRevoked: revoked.alreadyRevoked });
    return { id: revoked.id };
  },
});
