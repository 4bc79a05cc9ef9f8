import type { Permission } from "@/lib/authz/permissions";

/**
 * Every MCP tool and resource with the permission it needs and its REST twin. The permission is
 * the twin's, so a token can do over MCP exactly what it can do over REST (role ∩ scopes), and the
 * tool calls the same domain function the twin (and the UI) calls. docs/mcp.md prints this table;
 * lib/mcp/mcp-permission-matrix.int.test.ts checks every entry against every role.
 */
export const MCP_TOOL_TABLE = {
  search_knowledge: { permission: "knowledge:read", restTwin: "GET /api/v1/knowledge/search", writes: false, transaction: false },
  answer_question: { permission: "knowledge:read", restTwin: "POST /api/v1/knowledge/answer", writes: false, transaction: false },
  // Saves each draft in its own transaction (idempotent by requestId), as the Generate page does: one
  // transaction around the whole call would hold a connection through seconds of model calls.
  generate_asset: { permission: "asset:generate", restTwin: "POST /api/v1/assets/generate", writes: true, transaction: false },
  get_asset: { permission: "asset:read", restTwin: "GET /api/v1/assets/{id}", writes: false, transaction: false },
  // The Review page's queue (asset:review); GET /api/v1/assets?state=in_review lists the same rows for asset:read.
  list_review_queue: { permission: "asset:review", restTwin: "GET /api/v1/assets?state=in_review", writes: false, transaction: false },
  // The transition and its audit entry commit together.
  submit_for_review: { permission: "asset:submit", restTwin: "POST /api/v1/assets/{id}/submit", writes: true, transaction: true },
  kpi_summary: { permission: "kpi:read", restTwin: "GET /api/v1/kpi/summary", writes: false, transaction: false },
} as const satisfies Record<string, { permission: Permission; restTwin: string; writes: boolean; transaction: boolean }>;

export type McpToolName = keyof typeof MCP_TOOL_TABLE;
export const MCP_TOOL_NAMES = Object.keys(MCP_TOOL_TABLE) as McpToolName[];

export const MCP_RESOURCE_TABLE = {
  // Everyone who reads assets sees the rules quoted in their compliance reports; the rules themselves are no secret inside the workspace.
  "brandpilot://brand/rules": { name: "brand_rules", permission: "asset:read" },
  // Products are knowledge sources (feed rows): whoever may search the knowledge base may list them.
  "brandpilot://catalog/products": { name: "product_catalog", permission: "knowledge:read" },
} as const satisfies Record<string, { name: string; permission: Permission }>;

export type McpResourceUri = keyof typeof MCP_RESOURCE_TABLE;
export const MCP_RESOURCE_URIS = Object.keys(MCP_RESOURCE_TABLE) as McpResourceUri[];
