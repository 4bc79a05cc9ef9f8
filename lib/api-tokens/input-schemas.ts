import { z } from "zod";
import { ROLES } from "@/lib/authz/roles";
import { MAX_TOKEN_EXPIRY_DAYS, TOKEN_GRANTABLE_PERMISSIONS } from "./token-permissions";

/** Shared by the token actions (admin page and account page). */
export const tokenNameSchema = z.string().trim().min(1, "validation.apiTokens.nameTokenWhatUses").max(100, "validation.apiTokens.atMost100Characters");
export const tokenExpirySchema = z.coerce
  .number({ error: "validation.apiTokens.chooseWhenTokenExpires" })
  .int()
  .min(1, "validation.apiTokens.tokenLivesAtLeast")
  .max(MAX_TOKEN_EXPIRY_DAYS, "validation.apiTokens.tokenExpiresWithinDays");
/** null or absent: all of the role's permissions (always capped by the role at each use). */
export const tokenScopesSchema = z
  .array(z.enum(TOKEN_GRANTABLE_PERMISSIONS, { error: "validation.apiTokens.unknownPermission" }))
  .max(TOKEN_GRANTABLE_PERMISSIONS.length)
  .nullable()
  .default(null);
export const tokenRoleSchema = z.enum(ROLES, { error: "validation.apiTokens.chooseRoleTokenActs" });
