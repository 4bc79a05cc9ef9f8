import { mcpRouteHandlers } from "@/lib/mcp/handle-mcp-request";

/** MCP server (Streamable HTTP, stateless) for AI assistants, with API tokens: docs/mcp.md. */
const handlers = mcpRouteHandlers();
export const POST = handlers.POST;
export const GET = handlers.GET;
export const DELETE = handlers.DELETE;
