// The schema object drizzle needs, one file per table.
export { users } from "./users";
export { workspaces } from "./workspaces";
export { memberships, roleEnum } from "./memberships";
export { auditLog } from "./audit-log";
export { rateLimits } from "./rate-limits";
