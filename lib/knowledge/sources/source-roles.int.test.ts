import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { importFeed } from "../feeds/import-feed";
import { addPastedSource, addUploadedSource } from "./add-source";
import { changeSourceRole } from "./change-source-role";

const metadata = (workspaceId: string) => ({ workspaceId, actorId: "usr_test", classification: "internal" as const, language: null, canonicalUrl: null });

describe("source roles on upload and later", () => {
  it("guesses the role of an upload from its file name, and of a paste from its title or heading", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const guide = await addUploadedSource(db, { ...metadata(workspace.id), kind: "auto", file: { fileName: "Markenleitfaden_2026.md", dataBase64: Buffer.from("# Leitfaden\n\nWir siezen.").toString("base64") } });
    const policy = await addPastedSource(db, { ...metadata(workspace.id), kind: "auto", title: "Untitled", format: "markdown", text: "# Versand und Rückgabe\n\nWir liefern in zwei Tagen." });
    const chosen = await addPastedSource(db, { ...metadata(workspace.id), kind: "campaign", title: "Team notes", format: "markdown", text: "Autumn code AUTUMN15." });
    expect([guide.role, policy.role, chosen.role]).toEqual(["brand_voice", "policy", "campaign"]);
  });

  it("changes a source's role on the source and every chunk, and keeps feed products products", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const added = await addPastedSource(db, { ...metadata(workspace.id), kind: "published_page", title: "Launch", format: "markdown", text: "# Launch\n\nThe launch moves to October." });
    await importFeed(db, { ...metadata(workspace.id), feedName: "Shop", text: "id,name,price\np1,Fjell Jacket,199.00", mapping: { id: "id", name: "name", price: "price" } });
    await runIngestion(workspace.id);
    const changed = await changeSourceRole(db, { workspaceId: workspace.id, sourceId: added.sourceId, role: "internal_note" });
    expect(changed).toMatchObject({ previousRole: "published_page", role: "internal_note" });
    const chunks = await db.select({ kind: knowledgeChunks.kind }).from(knowledgeChunks).where(eq(knowledgeChunks.sourceId, added.sourceId));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((chunk) => chunk.kind === "internal_note")).toBe(true);

    const [product] = await db.select({ id: knowledgeSources.id }).from(knowledgeSources).where(and(eq(knowledgeSources.workspaceId, workspace.id), eq(knowledgeSources.origin, "product_feed")));
    await expect(changeSourceRole(db, { workspaceId: workspace.id, sourceId: product!.id, role: "policy" })).rejects.toMatchObject({ code: "invalid_input" });
    const other = await createTestWorkspace();
    await expect(changeSourceRole(db, { workspaceId: other.id, sourceId: added.sourceId, role: "policy" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a new version uploaded with role auto", () => {
  it("keeps the source's current role instead of guessing again from the new file name", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const file = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString("base64") });
    const note = await addUploadedSource(db, { ...metadata(workspace.id), kind: "internal_note", file: file("q3.md", "# Q3\n\nMargin on jackets is 62%.") });
    // The new file's name and heading say "campaign"; a fresh guess would make the note fact-bearing.
    const next = await addUploadedSource(db, { ...metadata(workspace.id), kind: "auto", sourceId: note.sourceId, file: file("summer-sale-campaign.md", "# Summer sale campaign\n\nMargin on jackets is 60%.") });
    expect(next).toMatchObject({ sourceId: note.sourceId, version: 2, role: "internal_note" });
    const [source] = await db.select({ kind: knowledgeSources.kind }).from(knowledgeSources).where(eq(knowledgeSources.id, note.sourceId));
    expect(source?.kind).toBe("internal_note");
    // An explicit role still changes it; a new source with auto is still guessed.
    const chosen = await addUploadedSource(db, { ...metadata(workspace.id), kind: "policy", sourceId: note.sourceId, file: file("q3.md", "# Q3\n\nShipping takes two days.") });
    expect(chosen.role).toBe("policy");
    const fresh = await addUploadedSource(db, { ...metadata(workspace.id), kind: "auto", file: file("autumn-campaign.md", "# Autumn\n\nCode AUTUMN15.") });
    expect(fresh.role).toBe("campaign");
    // Another workspace's source is not found, not guessed into.
    const other = await createTestWorkspace();
    await expect(addUploadedSource(db, { ...metadata(other.id), kind: "auto", sourceId: note.sourceId, file: file("x.md", "# X\n\nText.") })).rejects.toMatchObject({ code: "not_found" });
  });
});
