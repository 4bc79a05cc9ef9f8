import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { ENGLISH_GUIDE } from "@/lib/testing/brand-guides";
import { proposeRulesAfterIngestion } from "@/lib/brand-rules/after-ingestion";

// The proposal step breaks (a database error, a bug in an extractor): the guide must be indexed anyway.
vi.mock("@/lib/brand-rules/after-ingestion", () => ({
  proposeRulesAfterIngestion: vi.fn(async () => {
    throw new Error("extractor exploded");
  }),
}));

describe("ingestion's rule-proposal hook", () => {
  it("is given the sources this job indexed, and a failure in it is logged without failing the ingestion", async () => {
    const workspace = await createTestWorkspace();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { sourceId } = await addTextSource(workspace.id, ENGLISH_GUIDE, { title: "Brand guide", kind: "brand_voice", language: "en" });
      await runIngestion(workspace.id);

      const db = await getDb();
      const [source] = await db.select({ status: knowledgeSources.status }).from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
      expect(source!.status).toBe("ready");
      expect(proposeRulesAfterIngestion).toHaveBeenCalledWith(expect.anything(), { workspaceId: workspace.id, sourceIds: [sourceId] });
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(`could not propose brand rules after ingestion in workspace ${workspace.id}`), "extractor exploded");
    } finally {
      errors.mockRestore();
    }
  });
});
