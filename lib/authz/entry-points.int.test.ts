import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES } from "./roles";
import { roleHasPermission } from "./permissions";
import { isRegisteredExport, listEntryPoints } from "./registry";
import { findEntryPointModules, HTTP_METHODS } from "@/lib/testing/entry-point-modules";
import { createTestUser, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

/**
 * The permission test. Loads every server-action module and route handler in the tree, proves
 * each export is a registered entry point, then calls every entry point as every role, as a
 * member of another workspace and without a session, and checks the outcome against
 * ROLE_PERMISSIONS.
 */

// Route files outside the wrapper, each with the reason. Nothing else may be listed here.
const UNWRAPPED_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handler: it creates the session the wrapper checks",
  "app/api/v1/openapi.json/route.ts": "the public OpenAPI document: no workspace data, no side effects (lib/api/openapi.ts)",
};

// Imported at collection time, so `it.each` below sees every registered entry point.
const modules = findEntryPointModules();
for (const file of [...modules.serverActionFiles, ...modules.routeFiles]) await import(/* @vite-ignore */ file);
const entryPointNames = listEntryPoints().map((entry) => entry.name);

let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let instanceOwner: { id: string };
beforeAll(async () => {
  fixture = await createWorkspaceWithEveryRole();
  instanceOwner = await createTestUser({ instanceOwner: true });
});

describe("entry point registry", () => {
  it("finds the app's action modules and route handlers", () => {
    expect(modules.serverActionFiles.length).toBeGreaterThan(0);
    expect(modules.routeFiles.length).toBeGreaterThan(0);
  });

  it("every export of every 'use server' module is a registered action", async () => {
    const stray: string[] = [];
    for (const file of modules.serverActionFiles) {
      const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (!isRegisteredExport(value)) stray.push(`${path.relative(process.cwd(), file)}#${name}`);
      }
    }
    expect(stray, "server actions outside defineAction()").toEqual([]);
  });

  it("every route handler method is registered, except the documented next-auth route", async () => {
    const stray: string[] = [];
    for (const file of modules.routeFiles) {
      const relative = path.relative(process.cwd(), file);
      if (UNWRAPPED_ROUTES[relative]) continue;
      const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) {
        if (exports[method] !== undefined && !isRegisteredExport(exports[method])) stray.push(`${relative}#${method}`);
      }
    }
    expect(stray, "route handlers outside defineRouteHandler()").toEqual([]);
  });

  it("lists every entry point the modules define", () => {
    const names = listEntryPoints().map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "invitations.create", "members.change_role", "members.remove", "member.erase", "audit.verify", "audit.export",
        "retention.update_periods", "retention.purge_now", "processing.export_records",
        "workspace.export", "workspace.export_progress", "workspace.export_download",
        "instance.workspace_delete_request", "instance.workspace_delete_cancel",
        "brand.save_minimum_scores", "assets.preview_compliance",
        "knowledge.change_source_role", "knowledge.retry_source",
        "knowledge.add_website", "knowledge.add_feed_url", "knowledge.sync_connector", "knowledge.update_connector", "network.allow_private",
        "assets.archive_draft", "assets.restore_draft", "briefs.save_template", "briefs.delete_template",
        "assets.export_feed",
        "brand.save_settings", "brand.propose_rules", "brand.accept_rule_proposals", "brand.accept_all_rule_proposals", "brand.reject_rule_proposals",
        "notifications.mark_read", "notifications.mark_all_read", "notifications.save_settings",
        "campaigns.create", "campaigns.update", "campaigns.archive", "campaigns.restore",
        "campaigns.add_offer", "campaigns.update_offer", "campaigns.remove_offer",
        "personas.create", "personas.update", "personas.archive", "personas.restore",
        "tokens.create_personal", "tokens.revoke_own", "tokens.create_service", "tokens.revoke",
        "api.knowledge.search", "api.knowledge.answer", "api.knowledge.add_source", "api.knowledge.import_feed", "api.jobs.get",
        "mcp.request", "mcp.open_stream", "mcp.end_session",
      ]),
    );
  });
});

describe("permission matrix: every entry point × every caller", () => {
  // Only the workspace id: enough to pass authorization, and incomplete for any action with
  // more fields, so allowed callers stop at input validation and nothing is changed.
  const callAs = async (entryName: string, userId: string | null) => {
    const entry = listEntryPoints().find((e) => e.name === entryName)!;
    signInAs(userId);
    return entry.invoke({ workspaceId: fixture.workspace.id });
  };

  const passedAuthorization = { code: expect.stringMatching(/^(unauthorized|forbidden|not_found)$/) };

  it.each(entryPointNames)("%s", async (entryName) => {
    const entry = listEntryPoints().find((e) => e.name === entryName)!;
    if (entry.scope === "public") {
      // No session needed: the link secret in the (here missing) input is the guard.
      for (const caller of [null, fixture.members.admin.id, fixture.outsider.id]) {
        expect(await callAs(entryName, caller), `${entryName} as ${caller ?? "anonymous"}`).not.toMatchObject(passedAuthorization);
      }
      return;
    }
    if (entry.scope === "account") {
      // The caller's own account: any signed-in person, never without a session.
      for (const caller of [...ROLES.map((role) => fixture.members[role].id), fixture.outsider.id]) {
        expect(await callAs(entryName, caller), `${entryName} as ${caller}`).not.toMatchObject(passedAuthorization);
      }
      expect(await callAs(entryName, null), `${entryName} without session`).toEqual({ ok: false, code: "unauthorized" });
      return;
    }
    if (entry.scope === "token") {
      // REST v1 and MCP take API tokens only: a browser session of any role, or none, is refused.
      // Their role × token matrices: lib/api/api-permission-matrix.int.test.ts, lib/mcp/mcp-permission-matrix.int.test.ts.
      for (const caller of [...ROLES.map((role) => fixture.members[role].id), fixture.outsider.id, null]) {
        expect(await callAs(entryName, caller), `${entryName} as ${caller ?? "anonymous"}`).toEqual({ ok: false, code: "unauthorized" });
      }
      return;
    }
    if (entry.scope === "instance") {
      expect(await callAs(entryName, instanceOwner.id), `${entryName} as instance owner`).not.toMatchObject(passedAuthorization);
      // Workspace admins manage their own members only, never the instance.
      for (const role of ROLES) {
        expect(await callAs(entryName, fixture.members[role].id), `${entryName} as ${role}`).toEqual({ ok: false, code: "forbidden" });
      }
      expect(await callAs(entryName, null), `${entryName} without session`).toEqual({ ok: false, code: "unauthorized" });
      return;
    }
    for (const role of ROLES) {
      const outcome = await callAs(entryName, fixture.members[role].id);
      if (roleHasPermission(role, entry.permission!)) {
        // Allowed: the call got past authorization (success, or stopped by input validation).
        expect(outcome, `${entryName} as ${role}`).not.toMatchObject({ code: expect.stringMatching(/^(unauthorized|forbidden|not_found)$/) });
      } else {
        expect(outcome, `${entryName} as ${role}`).toEqual({ ok: false, code: "forbidden" });
      }
    }
    expect(await callAs(entryName, fixture.outsider.id), `${entryName} as non-member`).toEqual({ ok: false, code: "not_found" });
    expect(await callAs(entryName, null), `${entryName} without session`).toEqual({ ok: false, code: "unauthorized" });
  });
});
