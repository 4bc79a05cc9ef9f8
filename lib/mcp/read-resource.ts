import "server-only";
import { ErrorCode, McpError, type ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { auditOutcomeForError } from "@/lib/authz/outcome";
import { isAppError, toPublicError } from "@/lib/errors";
import { apiContext, mcpAudit, permissionRefusal, type McpCaller } from "./mcp-context";
import type { McpResource } from "./resources";

/**
 * A resource read on the same path as a tool call: permission ∩ scopes → read → audit. MCP has no
 * error result for resources, so a refusal is a JSON-RPC error whose message says why.
 */
export async function readMcpResource(mcp: McpCaller, resource: McpResource): Promise<ReadResourceResult> {
  const { audit, write } = mcpAudit(mcp, `mcp.resource.${resource.name}`);
  const refusal = permissionRefusal(mcp.caller, resource.permission);
  if (refusal) {
    await write(mcp.db, "denied", { reason: "forbidden" });
    throw new McpError(ErrorCode.InvalidRequest, `Forbidden: ${refusal}`, { code: "forbidden" });
  }
  try {
    const value = await resource.read(apiContext(mcp, mcp.db, audit));
    await write(mcp.db, "success");
    return { contents: [{ uri: resource.uri, mimeType: "application/json", text: JSON.stringify(value, null, 2) }] };
  } catch (error) {
    if (!isAppError(error)) console.error(`[mcp] ${resource.uri} failed:`, error);
    const publicError = toPublicError(error);
    await write(mcp.db, auditOutcomeForError(publicError.code), { reason: publicError.code });
    throw new McpError(ErrorCode.InternalError, publicError.message, { code: publicError.code });
  }
}
