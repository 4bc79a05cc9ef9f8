import "@/app/api/v1/route-manifest";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/api-tokens/manage-tokens";
import { roleHasPermission, PERMISSIONS } from "@/lib/authz/permissions";
import { ROLES, type Role } from "@/lib/authz/roles";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { bearer, createTestPersonalToken, createTestServiceToken, expireTestToken } from "@/lib/testing/api-token-fixtures";
import type { Problem } from "./problem";
import { listApiRoutes, type RegisteredApiRoute } from "./registry";

/**
 * The REST permission matrix: every registered route (so routes added later are covered without
 * touching this file) × no token, a malformed, revoked, expired or other workspace's token, a
 * personal and a service token of every role, and a token narrowed below the route's permission.
 * Calls carry no input, so an allowed caller stops at validation (400) or not_found: nothing changes.
 */
const routes = listApiRoutes().filter((route) => route.name.startsWith("api."));

let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
const personal = {} as Record<Role, string>;
const service = {} as Record<Role, string>;
let revoked: string;
let expired: string;
let otherWorkspace: string;
const narrowedTokens: Partial<Record<string, string>> = {};

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
});

async function call(route: RegisteredApiRoute, token: string | null, input: Record<string, string> = {}) {
  const path = route.path.replace(/\{(\w+)\}/g, "missing_$1");
  const headers: Record<string, string> = token ? bearer(token) : {};
  const request =
    route.method === "GET"
      ? new Request(`http://localhost${path}?${new URLSearchParams(input)}`, { headers })
      : new Request(`http://localhost${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(input) });
  const params = Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, `missing_${m[1]}`]));
  const response = await route.handle(request, { params: Promise.resolve(params) });
  const problem = response.ok ? null : ((await response.json()) as Problem);
  if (problem) expect(response.headers.get("content-type")).toBe("application/problem+json");
  return { status: response.status, code: problem?.code ?? null };
}

const refusedByAuth = (outcome: { code: string | null }) => ["unauthorized", "forbidden"].includes(outcome.code ?? "");

describe("REST v1 permission matrix", () => {
  it("covers the knowledge, job, asset, review, campaign and KPI routes", () => {
    expect(routes.map((route) => route.name)).toEqual(
      expect.arrayContaining([
        "api.knowledge.search", "api.knowledge.answer", "api.knowledge.add_source", "api.knowledge.import_feed", "api.jobs.get",
        "api.assets.generate", "api.assets.list", "api.assets.get", "api.assets.versions", "api.assets.diff", "api.assets.export",
        "api.assets.submit", "api.assets.approve", "api.assets.request_changes", "api.assets.comments.list", "api.assets.comments.add",
        "api.campaigns.list", "api.campaigns.get", "api.kpi.summary", "api.kpi.breakdowns",
      ]),
    );
  });

  // The table the matrix derives its expectations from, spelled out for the rules people ask about.
  it.each([
    ["api.assets.approve", "marketer", false],
    ["api.assets.approve", "editor", true],
    ["api.assets.request_changes", "marketer", false],
    ["api.assets.generate", "manager", false],
    ["api.assets.generate", "editor", false],
    ["api.assets.generate", "marketer", true],
    ["api.assets.submit", "manager", false],
    ["api.assets.comments.add", "manager", false],
    ["api.assets.comments.list", "manager", true],
    ["api.kpi.summary", "marketer", false],
    ["api.kpi.summary", "editor", false],
    ["api.kpi.summary", "manager", true],
    ["api.campaigns.get", "editor", true],
  ] as const)("%s for a %s token: allowed %s", async (name, role, allowed) => {
    const route = routes.find((candidate) => candidate.name === name)!;
    const outcome = await call(route, personal[role]);
    if (allowed) expect(refusedByAuth(outcome), JSON.stringify(outcome)).toBe(false);
    else expect(outcome).toEqual({ status: 403, code: "forbidden" });
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))("%s", async (_label, route) => {
    expect(await call(route, null), "no token").toEqual({ status: 401, code: "unauthorized" });
    expect(await call(route, "bp_not-a-token"), "malformed").toEqual({ status: 401, code: "unauthorized" });
    expect(await call(route, `bp_000000000000_${"x".repeat(43)}`), "unknown").toEqual({ status: 401, code: "unauthorized" });
    expect(await call(route, revoked), "revoked").toEqual({ status: 401, code: "unauthorized" });
    expect(await call(route, expired), "expired").toEqual({ status: 401, code: "unauthorized" });

    for (const role of ROLES) {
      for (const [kind, token] of [["personal", personal[role]], ["service", service[role]]] as const) {
        const outcome = await call(route, token);
        if (roleHasPermission(role, route.permission)) expect(refusedByAuth(outcome), `${kind} ${role}: ${JSON.stringify(outcome)}`).toBe(false);
        else expect(outcome, `${kind} ${role}`).toEqual({ status: 403, code: "forbidden" });
      }
    }

    // Narrowed below the route's permission: refused even though the admin role allows it.
    const otherScope = PERMISSIONS.find((p) => p !== route.permission && !p.startsWith("api_token:"))!;
    // One narrowed token per scope (a member may hold only so many active tokens).
    const narrowed = (narrowedTokens[otherScope] ??= (await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.admin.id, role: "admin", scopes: [otherScope], name: `narrowed to ${otherScope}` })).token);
    expect(await call(route, narrowed), "narrowed").toEqual({ status: 403, code: "forbidden" });

    // Another workspace's token naming this workspace learns nothing about it.
    expect(await call(route, otherWorkspace, { workspaceId: fixture.workspace.id }), "other workspace").toEqual({ status: 404, code: "not_found" });
  });
});
