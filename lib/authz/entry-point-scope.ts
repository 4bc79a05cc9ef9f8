/**
 * What an entry point acts on, and so which check guards it:
 * - workspace: session → membership in the named workspace → the declared permission (most actions)
 * - account:   session → active account; acts only on the caller's own account (password, sessions, invitations addressed to them)
 * - instance:  session → active account that is an instance owner (create, rename, archive workspaces)
 * - public:    no session; guarded by a single-use secret from a link (setup, invitation, password reset) and a per-IP limit
 * - token:     REST API (/api/v1) and MCP (/api/mcp): an API token, never a session cookie → its workspace → permission ∩ token scopes (lib/api)
 */
export const ENTRY_POINT_SCOPES = ["workspace", "account", "instance", "public", "token"] as const;
export type EntryPointScope = (typeof ENTRY_POINT_SCOPES)[number];
