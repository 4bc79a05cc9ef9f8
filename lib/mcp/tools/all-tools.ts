import type { McpTool } from "../define-tool";
import { MCP_TOOL_NAMES } from "../tool-table";
import { generateAssetTool, getAssetTool, listReviewQueueTool, submitForReviewTool } from "./asset-tools";
import { kpiSummaryTool } from "./kpi-tools";
import { answerQuestionTool, searchKnowledgeTool } from "./knowledge-tools";

/** Every tool, in the order MCP_TOOL_TABLE lists them. */
const TOOLS = [searchKnowledgeTool, answerQuestionTool, generateAssetTool, getAssetTool, listReviewQueueTool, submitForReviewTool, kpiSummaryTool];
export const MCP_TOOLS: McpTool[] = MCP_TOOL_NAMES.map((name) => {
  const tool = TOOLS.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`MCP tool ${name} is in MCP_TOOL_TABLE but has no definition`);
  return tool;
});
