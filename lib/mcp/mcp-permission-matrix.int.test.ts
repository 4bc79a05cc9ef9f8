import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/api-tokens/manage-tokens";
import { PERMISSIONS, roleHasPermission, type Permission } from "@/lib/authz/permissions";
import { ROLES, type Role } from "@/lib/authz/roles";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { bearer, createTestPersonalToken, createTestServiceToken, expireTestToken } from "@/lib/testing/api-token-fixtures";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { handleMcpRequest } from "./handle-mcp-request";
import { MCP_RESOURCE_TABLE, MCP_RESOURCE_URIS, MCP_TOOL_NAMES, MCP_TOOL_TABLE } from "./tool-table";

/**
 * The MCP permission matrix, mirroring the REST one (lib/api/api-permission-matrix.int.test.ts):
 * every tool and resource in MCP_TOOL_TABLE × no token, a malformed, unknown, revoked or expired
 * token, a personal and a service token of every role, a token narrowed below the permission, and
 * another workspace's token. Tool calls carry no arguments, so an allowed caller stops at input
 * validation (or reads an empty workspace): nothing changes.
 */
let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
const personal = {} as Record<Role, string>;
const service = {} as Record<Role, string>;
let revoked: string;
let expired: string;
let otherWorkspace: string;
let assetOfThisWorkspace: string;

beforeAll(async () => {
  fixture = await createWorkspaceWithEveryRole();
  const workspaceId = fixture.workspace.id;
  for (const role of ROLES) {
    personal[role] = (await createTestPersonalToken({ workspaceId, userId: fixture.members[role].id, role })).token;
    service[role] = (await createTestServiceToken({ workspaceId, ownerId: fixture.members.admin.id, role })).token;
  }
  const toRevoke = await createTestPersonalToken({ workspaceId, userId: fixture.members.admin.id, role: "admin", name: "revoked" });
  await revokeApiToken(await getDb(), { workspaceId, tokenId: toRevoke.id, actorId: fixture.members.admin.id, onlyOwnPersonal: false });
  revoked = toRevoke.token;
  const toExpire = await createTestPersonalToken({ workspaceId, userId: fixture.members.admin.id, role: "admin", name: "expired" });
  await expireTestToken(toExpire.id);
  expired = toExpire.token;
  otherWorkspace = (await createTestPersonalToken({ workspaceId: fixture.otherWorkspace.id, userId: fixture.outsider.id, role: "admin" })).token;
  const { fjellId } = await setUpBrand(workspaceId);
  ({ assetId: assetOfThisWorkspace } = await createGeneratedDraft({ workspaceId, authorId: fixture.members.marketer.id, productSourceId: fjellId }));
});

type Outcome = { status: number; code: string | null };

/** One JSON-RPC message, POSTed to the route handler as an MCP client would (stateless: no initialize needed). */
async function rpc(token: string | null, method: string, params: Record<string, unknown>) {
  const response = await handleMcpRequest(
    new Request("http://localhost/api/mcp", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...(token ? bearer(token) : {}) },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function callTool(token: string | null, name: string, args: Record<string, unknown> = {}): Promise<Outcome> {
  const { status, body } = await rpc(token, "tools/call", { name, arguments: args });
  if (status !== 200) return { status, code: body.code ?? null };
  const result = body.result;
  return { status, code: result.isError ? result._meta["brandpilot/error"].code : null };
}

async function readResource(token: string | null, uri: string): Promise<Outcome> {
  const { status, body } = await rpc(token, "resources/read", { uri });
  if (status !== 200) return { status, code: body.code ?? null };
  return { status, code: body.error ? (body.error.data?.code ?? "error") : null };
}

const refusedByAuth = (outcome: Outcome) => ["unauthorized", "forbidden", "not_found"].includes(outcome.code ?? "");
const otherScope = (permission: Permission) => PERMISSIONS.find((p) => p !== permission && !p.startsWith("api_token:"))!;

async function expectMatrix(label: string, permission: Permission, call: (token: string | null) => Promise<Outcome>) {
  expect(await call(null), `${label}: no token`).toEqual({ status: 401, code: "unauthorized" });
  expect(await call("bp_not-a-token"), `${label}: malformed`).toEqual({ status: 401, code: "unauthorized" });
  expect(await call(`bp_000000000000_${"x".repeat(43)}`), `${label}: unknown`).toEqual({ status: 401, code: "unauthorized" });
  expect(await call(revoked), `${label}: revoked`).toEqual({ status: 401, code: "unauthorized" });
  expect(await call(expired), `${label}: expired`).toEqual({ status: 401, code: "unauthorized" });
  for (const role of ROLES) {
    for (const [kind, token] of [["personal", personal[role]], ["service", service[role]]] as const) {
      const outcome = await call(token);
      if (roleHasPermission(role, permission)) expect(refusedByAuth(outcome), `${label}: ${kind} ${role}: ${JSON.stringify(outcome)}`).toBe(false);
      else expect(outcome, `${label}: ${kind} ${role}`).toEqual({ status: 200, code: "forbidden" });
    }
  }
  // Narrowed below the permission: refused although the admin role allows it.
  const narrowed = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.admin.id, role: "admin", scopes: [otherScope(permission)] });
  expect(await call(narrowed.token), `${label}: narrowed`).toEqual({ status: 200, code: "forbidden" });
}

describe("MCP permission matrix", () => {
  it.each(MCP_TOOL_NAMES)("tool %s", async (name) => {
    const { permission } = MCP_TOOL_TABLE[name];
    await expectMatrix(name, permission, (token) => callTool(token, name));
    // Another workspace's token naming this workspace learns nothing about it.
    expect(await callTool(otherWorkspace, name, { workspaceId: fixture.workspace.id }), `${name}: other workspace`).toEqual({ status: 200, code: "not_found" });
  });

  it.each(MCP_RESOURCE_URIS)("resource %s", async (uri) => {
    await expectMatrix(uri, MCP_RESOURCE_TABLE[uri].permission, (token) => readResource(token, uri));
  });

  it("lets no token reach another workspace's asset: not found, never forbidden", async () => {
    expect(await callTool(otherWorkspace, "get_asset", { assetId: assetOfThisWorkspace })).toEqual({ status: 200, code: "not_found" });
    expect(await callTool(otherWorkspace, "submit_for_review", { assetId: assetOfThisWorkspace })).toEqual({ status: 200, code: "not_found" });
    // The same id with this workspace's token exists (so the refusal above is the tenant scope, not a typo).
    expect(await callTool(personal.admin, "get_asset", { assetId: assetOfThisWorkspace })).toMatchObject({ code: null });
  });
});
