import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assets, auditLog } from "@/lib/db/schema";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { bearer, createTestPersonalToken } from "@/lib/testing/api-token-fixtures";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { startMcpTestServer } from "@/lib/testing/mcp-test-server";
import { MCP_TOOL_NAMES } from "./tool-table";

/**
 * The MCP server over real HTTP, driven by the official SDK client the way Claude Desktop, Cursor
 * or VS Code would: initialize, list tools, call generate_asset (local models: deterministic),
 * read resources. Refusals and bad input come back as tool errors, not transport failures.
 */
let server: Awaited<ReturnType<typeof startMcpTestServer>>;
let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let marketerToken: string;
let managerToken: string;
let fjellId: string;
const clients: Client[] = [];

async function connect(token: string): Promise<Client> {
  const client = new Client({ name: "brandpilot-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: bearer(token) } }));
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startMcpTestServer();
  fixture = await createWorkspaceWithEveryRole();
  ({ fjellId } = await setUpBrand(fixture.workspace.id, { bannedTerms: [{ term: "cheap", reason: "Off-brand" }] }));
  marketerToken = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.marketer.id, role: "marketer", name: "Claude Desktop" })).token;
  managerToken = (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager" })).token;
});
afterAll(async () => {
  for (const client of clients) await client.close();
  await server.close();
});

describe("MCP server over Streamable HTTP", () => {
  it("lists every tool with its JSON input and output schema, and both resources", async () => {
    const client = await connect(marketerToken);
    expect(client.getServerVersion()?.name).toBe("brandpilot");
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(MCP_TOOL_NAMES);
    const generate = tools.find((tool) => tool.name === "generate_asset")!;
    expect(generate.inputSchema).toMatchObject({ type: "object", required: expect.arrayContaining(["assetKinds", "language", "productSourceId"]) });
    expect(generate.description).toContain("asset:generate");
    expect(generate.annotations?.readOnlyHint).toBe(false);
    expect(tools.find((tool) => tool.name === "get_asset")!.outputSchema).toMatchObject({ type: "object", properties: { content: expect.any(Object) } });
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(["brandpilot://brand/rules", "brandpilot://catalog/products"]);
  });

  it("generates drafts with generate_asset, saves them, returns structured content, and audits the call with the token", async () => {
    const client = await connect(marketerToken);
    const requestId = "0b6f6c1e-6a53-4d7e-9a0e-3f1f0c2d4e5a";
    const args = { productSourceId: fjellId, assetKinds: ["google-rsa", "meta-ad"], language: "en", requestId };
    const result = await client.callTool({ name: "generate_asset", arguments: args });
    expect(result.isError ?? false).toBe(false);
    const data = result.structuredContent as { drafts: { kind: string; assetId: string; valid: boolean; path: string; content: Record<string, unknown> }[]; failed: unknown[] };
    expect(data.failed).toEqual([]);
    expect(data.drafts.map((d) => d.kind)).toEqual(["google-rsa", "meta-ad"]);
    expect(data.drafts.every((d) => d.valid && /^ast_/.test(d.assetId) && d.path === `/${fixture.workspace.slug}/assets/${d.assetId}`)).toBe(true);
    expect(Object.keys(data.drafts[0]!.content).length).toBeGreaterThan(0);
    expect((result.content as { type: string; text: string }[])[0]!.text).toMatch(/^Generated 2 draft\(s\):/);

    const db = await getDb();
    const saved = await db.select({ id: assets.id, state: assets.state, createdBy: assets.createdBy }).from(assets).where(eq(assets.workspaceId, fixture.workspace.id));
    expect(saved.map((a) => a.id).sort()).toEqual(data.drafts.map((d) => d.assetId).sort());
    expect(saved.every((a) => a.state === "draft" && a.createdBy === fixture.members.marketer.id)).toBe(true);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, fixture.workspace.id), eq(auditLog.action, "mcp.generate_asset")));
    expect(entry!.outcome).toBe("success");
    expect(entry!.actorLabel).toBe(`${fixture.members.marketer.email} via token "Claude Desktop"`);
    expect(entry!.detail).toMatchObject({ via: "api_token", tokenId: expect.stringMatching(/^tok_/), tokenName: "Claude Desktop", tokenKind: "personal", channels: ["google-rsa", "meta-ad"] });

    // The same requestId again: the drafts already made, no new ones.
    const again = await client.callTool({ name: "generate_asset", arguments: args });
    expect((again.structuredContent as typeof data).drafts.map((d) => d.assetId)).toEqual(data.drafts.map((d) => d.assetId));
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, fixture.workspace.id))).toHaveLength(2);

    // get_asset and submit_for_review on what was made, as the marketer who made it.
    const asset = await client.callTool({ name: "get_asset", arguments: { assetId: data.drafts[0]!.assetId } });
    expect(asset.structuredContent).toMatchObject({ id: data.drafts[0]!.assetId, kind: "google-rsa", state: "draft", version: 1 });
    const submitted = await client.callTool({ name: "submit_for_review", arguments: { assetId: data.drafts[0]!.assetId } });
    expect(submitted.structuredContent).toMatchObject({ assetId: data.drafts[0]!.assetId, state: "in_review", version: 1 });
  });

  it("reads the brand rules and the product catalog of the token's workspace", async () => {
    const client = await connect(marketerToken);
    const rules = await client.readResource({ uri: "brandpilot://brand/rules" });
    expect(rules.contents[0]).toMatchObject({ uri: "brandpilot://brand/rules", mimeType: "application/json" });
    const brand = JSON.parse((rules.contents[0] as { text: string }).text);
    expect(brand).toMatchObject({ brandName: fixture.workspace.name, siteUrl: "https://nordlicht.example", rules: { bannedTerms: [{ term: "cheap" }] } });

    const catalog = JSON.parse(((await client.readResource({ uri: "brandpilot://catalog/products" })).contents[0] as { text: string }).text);
    expect(catalog.truncated).toBe(false);
    expect(catalog.products.map((p: { id: string }) => p.id)).toContain(fjellId);
  });

  it("answers a tool the role may not use, and bad arguments, with a tool error saying why", async () => {
    const manager = await connect(managerToken);
    const refused = await manager.callTool({ name: "generate_asset", arguments: { productSourceId: fjellId, assetKinds: ["google-rsa"], language: "en" } });
    expect(refused.isError).toBe(true);
    expect((refused.content as { text: string }[])[0]!.text).toBe("The manager role this token acts with does not allow asset:generate. [forbidden]");
    expect(refused._meta).toEqual({ "brandpilot/error": { code: "forbidden" } });

    const marketer = await connect(marketerToken);
    const invalid = await marketer.callTool({ name: "generate_asset", arguments: { productSourceId: null, assetKinds: [], language: "fr" } });
    expect(invalid.isError).toBe(true);
    const text = (invalid.content as { text: string }[])[0]!.text;
    expect(text).toContain("assetKinds: Choose at least one channel");
    expect(text).toContain("language:");
    expect((invalid._meta?.["brandpilot/error"] as { errors: Record<string, string[]> }).errors).toHaveProperty("assetKinds");

    const missing = await marketer.callTool({ name: "get_asset", arguments: { assetId: "ast_missing" } });
    expect(missing.isError).toBe(true);
    expect((missing._meta?.["brandpilot/error"] as { code: string }).code).toBe("not_found");
  });

  it("answers 401 with WWW-Authenticate without a valid token, 405 to GET and DELETE, and RateLimit headers on POST", async () => {
    const init = { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} };
    const post = (headers: Record<string, string>) =>
      fetch(server.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers }, body: JSON.stringify(init) });
    const refusedHeaders: Record<string, string>[] = [{}, bearer("bp_not-a-token"), { cookie: "next-auth.session-token=anything" }];
    for (const headers of refusedHeaders) {
      const response = await post(headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await response.json()).code).toBe("unauthorized");
    }
    const client = new Client({ name: "no-token", version: "1.0.0" });
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(server.url)))).rejects.toThrow();

    for (const method of ["GET", "DELETE"]) {
      const response = await fetch(server.url, { method, headers: { accept: "text/event-stream", ...bearer(marketerToken) } });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
    const ok = await post(bearer(marketerToken));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-limit")).toBe("120");
    expect((await ok.json()).result.tools).toHaveLength(MCP_TOOL_NAMES.length);
  });
});
