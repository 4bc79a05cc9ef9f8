import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { retrieveForBrief, retrieveGuidePassages } from "./retrieve-for-brief";

// Every source talks about the same thing, so only the role can keep one out.
async function workspaceWithEveryRole() {
  const workspace = await createTestWorkspace();
  const about = "waterproof rain jacket for autumn hikes";
  await addTextSource(workspace.id, `# Brand guide\n\nWrite about the ${about} in short sentences. Never say "best".`, { title: "Brand guide", kind: "brand_voice" });
  await addTextSource(workspace.id, `# Notes\n\nNo new claims for the ${about} campaign, says legal.`, { title: "Team notes", kind: "internal_note" });
  await addTextSource(workspace.id, `# Returns\n\nEvery ${about} can be returned within 30 days.`, { title: "Returns", kind: "policy" });
  await addTextSource(workspace.id, `# Autumn\n\nCode AUTUMN15 takes 15 % off every ${about} until 31 October.`, { title: "Autumn campaign", kind: "campaign" });
  await addTextSource(workspace.id, `# About\n\nWe have made every ${about} in Hamburg since 1998.`, { title: "About us", kind: "published_page" });
  await addTextSource(workspace.id, `# Story\n\nOur first ${about} was sewn in a garage.`, { title: "Old page", kind: "other" });
  await runIngestion(workspace.id);
  return workspace;
}

describe("retrieveForBrief", () => {
  it("draws facts only from fact-bearing roles: never the brand guide, never internal notes", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEveryRole();
    const chunks = await retrieveForBrief(db, { workspaceId: workspace.id, role: "admin", query: "waterproof rain jacket autumn hikes", productSourceId: null });
    const titles = chunks.map((chunk) => chunk.sourceTitle).sort();
    expect(titles).toEqual(["About us", "Autumn campaign", "Old page", "Returns"]);
    expect(chunks.some((chunk) => chunk.kind === "brand_voice" || chunk.kind === "internal_note")).toBe(false);
  });

  it("gives the guide's passages separately, for voice and rules", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEveryRole();
    const guide = await retrieveGuidePassages(db, { workspaceId: workspace.id, role: "marketer", query: "rain jacket" });
    expect(guide.map((chunk) => chunk.sourceTitle)).toEqual(["Brand guide"]);
  });
});
