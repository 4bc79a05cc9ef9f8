import "server-only";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { callMcpTool } from "./call-tool";
import type { McpCaller } from "./mcp-context";
import { readMcpResource } from "./read-resource";
import { MCP_RESOURCES } from "./resources";
import { MCP_TOOLS } from "./tools/all-tools";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest as Tool["inputSchema"];
};

// Converted once per process: the schemas do not change between requests.
let toolList: Tool[] | null = null;
function listedTools(): Tool[] {
  toolList ??= MCP_TOOLS.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: `${tool.description} Needs the ${tool.permission} permission.`,
    inputSchema: jsonSchema(tool.input, "input"),
    outputSchema: jsonSchema(tool.output, "output"),
    annotations: { readOnlyHint: !tool.writes, openWorldHint: false },
  }));
  return toolList;
}

/**
 * The MCP server for one HTTP request of one token (stateless: no session survives the request,
 * so any instance can answer the next one). Built on the SDK's low-level `Server` rather than
 * `McpServer`: McpServer validates tool arguments before the handler runs, which would answer a
 * caller without the permission with field errors and leave refusals unaudited. Here every call
 * goes permission → input → run → audit, the order REST uses (call-tool.ts).
 */
export function createMcpServer(mcp: McpCaller, signal: AbortSignal): Server {
  const server = new Server(
    { name: "brandpilot", title: "Brandpilot", version: "1.0.0" },
    {
      capabilities: { tools: {}, resources: {} },
      instructions: `Brandpilot workspace "${mcp.caller.membership.name}". Tools act with the ${mcp.caller.membership.role} role of the API token "${mcp.caller.token.name}"; a tool the token may not use answers a "forbidden" tool error.`,
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: listedTools() }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = MCP_TOOLS.find((candidate) => candidate.name === request.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool "${request.params.name}". Tools: ${MCP_TOOLS.map((t) => t.name).join(", ")}.`);
    return callMcpTool(mcp, tool, request.params.arguments, signal);
  });
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: MCP_RESOURCES.map((resource) => ({
      uri: resource.uri,
      name: resource.name,
      title: resource.title,
      description: `${resource.description} Needs the ${resource.permission} permission.`,
      mimeType: "application/json",
    })),
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const resource = MCP_RESOURCES.find((candidate) => candidate.uri === request.params.uri);
    if (!resource) throw new McpError(ErrorCode.InvalidParams, `Unknown resource ${request.params.uri}. Resources: ${MCP_RESOURCES.map((r) => r.uri).join(", ")}.`);
    return readMcpResource(mcp, resource);
  });
  return server;
}
