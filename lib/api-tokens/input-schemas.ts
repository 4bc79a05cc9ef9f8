import { z } from "zod";
import { ROLES } from "@/lib/authz/roles";
import { MAX_TOKEN_EXPIRY_DAYS, TOKEN_GRANTABLE_PERMISSIONS } from "./token-permissions";

/** Shared by the token actions (admin page and account page). */
export const tokenNameSchema = z.string().trim().min(1, "Name the token (what uses it, e.g. “CMS import”)").max(100, "At most 100 characters");
export const tokenExpirySchema = z.coerce
  .number({ error: "Choose when the token expires" })
  .int()
  .min(1, "A token lives at least 1 day")
  .max(MAX_TOKEN_EXPIRY_DAYS, `A token expires within ${MAX_TOKEN_EXPIRY_DAYS} days; create a new one after that`);
/** null or absent: all of the role's permissions (always capped by the role at each use). */
export const tokenScopesSchema = z
  .array(z.enum(TOKEN_GRANTABLE_PERMISSIONS, { error: "Unknown permission" }))
  .max(TOKEN_GRANTABLE_PERMISSIONS.length)
  .nullable()
  .default(null);
export const tokenRoleSchema = z.enum(ROLES, { error: "Choose the role the token acts with" });
