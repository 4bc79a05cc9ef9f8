import type { z } from "zod";
import type { ApiContext } from "@/lib/api/define-api-route";
import { MCP_TOOL_TABLE, type McpToolName } from "./tool-table";

/** What a tool handler gets: the REST handler's context (db, actor, membership, token, audit, ip) and the request's abort signal. */
export type McpToolArgs<Input extends z.ZodObject> = { input: z.output<Input>; ctx: ApiContext; signal: AbortSignal };

/** Structured content (checked against `output` on the way out) and a short sentence for the model to read. */
export type McpToolAnswer<Output extends z.ZodObject> = { data: z.input<Output>; text: string };

export type McpToolDefinition<Input extends z.ZodObject, Output extends z.ZodObject> = {
  name: McpToolName;
  title: string;
  /** Read by the assistant's model to decide when to call the tool: say what it does and what it costs. */
  description: string;
  input: Input;
  output: Output;
  handler(args: McpToolArgs<Input>): Promise<McpToolAnswer<Output>>;
};

export type McpTool = McpToolDefinition<z.ZodObject, z.ZodObject> & (typeof MCP_TOOL_TABLE)[McpToolName];

/** A tool with its permission, REST twin and `mutates` taken from MCP_TOOL_TABLE (declared once, there). */
export function defineMcpTool<Input extends z.ZodObject, Output extends z.ZodObject>(definition: McpToolDefinition<Input, Output>): McpTool {
  return { ...(definition as unknown as McpToolDefinition<z.ZodObject, z.ZodObject>), ...MCP_TOOL_TABLE[definition.name] };
}
