import "server-only";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { fieldErrorsOf } from "@/lib/api/read-api-input";
import { auditOutcomeForError } from "@/lib/authz/outcome";
import { isAppError, toPublicError } from "@/lib/errors";
import type { McpTool } from "./define-tool";
import { apiContext, mcpAudit, permissionRefusal, toolError, type McpCaller } from "./mcp-context";

/**
 * One tool call on the API's authorization path, in the REST order: (token, workspace and rate
 * limit were checked per HTTP request) → declared permission ∩ token scopes → zod input → run (in
 * a transaction with its audit entry when the tool says so) → audit with the token. Every outcome
 * is a tool result: refusals and failures come back as MCP tool errors (`isError`) with a
 * sentence, so the assistant can read and relay them, never as transport errors.
 */
export async function callMcpTool(mcp: McpCaller, tool: McpTool, args: unknown, signal: AbortSignal): Promise<CallToolResult> {
  const { audit, write } = mcpAudit(mcp, `mcp.${tool.name}`);
  const refuse = async (code: Parameters<typeof toolError>[0], message: string, errors?: Record<string, string[]>) => {
    await write(mcp.db, auditOutcomeForError(code), { reason: code });
    return toolError(code, message, errors);
  };

  const refusal = permissionRefusal(mcp.caller, tool.permission);
  if (refusal) return refuse("forbidden", refusal);

  // The workspace is the token's (as on REST): naming another one learns nothing about it.
  const claimed = args && typeof args === "object" && "workspaceId" in args ? (args as { workspaceId: unknown }).workspaceId : undefined;
  if (claimed !== undefined && claimed !== mcp.caller.membership.workspaceId) return refuse("not_found", "Workspace not found.");
  const { workspaceId: _ignored, ...fields } = (args ?? {}) as Record<string, unknown>;

  const input = tool.input.safeParse(fields);
  if (!input.success) {
    const errors = fieldErrorsOf(input.error.issues);
    const summary = Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join(". ");
    return refuse("invalid_input", `Some arguments of ${tool.name} are not valid. ${summary}.`, errors);
  }

  try {
    const run = async (db: typeof mcp.db) => {
      const answer = await tool.handler({ input: input.data, ctx: apiContext(mcp, db, audit), signal });
      // The contract is enforced on the way out, as REST does: a field the schema does not name never leaves.
      return { structured: tool.output.parse(answer.data) as Record<string, unknown>, text: answer.text };
    };
    let result: Awaited<ReturnType<typeof run>>;
    if (tool.transaction) {
      result = await mcp.db.transaction(async (tx) => {
        const value = await run(tx);
        await write(tx, "success");
        return value;
      });
    } else {
      result = await run(mcp.db);
      await write(mcp.db, "success");
    }
    return { content: [{ type: "text", text: result.text }], structuredContent: result.structured };
  } catch (error) {
    if (!isAppError(error)) console.error(`[mcp] ${tool.name} failed:`, error);
    const publicError = toPublicError(error);
    return refuse(publicError.code, publicError.message);
  }
}
