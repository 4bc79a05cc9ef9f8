import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, roleHasPermission } from "./permissions";
import { ROLES, isRole } from "./roles";
import { landingSectionForRole, sectionsForRole } from "./navigation";

describe("role → permission table", () => {
  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(roleHasPermission("admin", permission)).toBe(true);
  });

  it("lets marketers generate, edit and submit but not review, approve, publish or administer", () => {
    expect(["asset:generate", "asset:edit", "asset:submit", "asset:read"].every((p) => roleHasPermission("marketer", p as never))).toBe(true);
    for (const denied of ["asset:review", "asset:approve", "asset:publish", "members:manage", "settings:manage", "audit:read", "data_protection:manage", "knowledge:write", "kpi:read", "kpi:import"] as const) {
      expect(roleHasPermission("marketer", denied), denied).toBe(false);
    }
  });

  it("lets editors review, edit, approve and publish, and write knowledge", () => {
    for (const allowed of ["asset:review", "asset:edit", "asset:approve", "asset:publish", "knowledge:write"] as const) {
      expect(roleHasPermission("editor", allowed), allowed).toBe(true);
    }
    expect(roleHasPermission("editor", "asset:generate")).toBe(false);
    // Releasing firewall-flagged text into generation context is an admin decision (four eyes).
    expect(roleHasPermission("editor", "knowledge:release")).toBe(false);
    expect(roleHasPermission("editor", "members:manage")).toBe(false);
    expect(roleHasPermission("editor", "kpi:read")).toBe(false);
  });

  it("lets managers read assets and KPIs, nothing that changes content; importing KPIs is an admin's", () => {
    expect(roleHasPermission("manager", "asset:read")).toBe(true);
    expect(roleHasPermission("manager", "kpi:read")).toBe(true);
    expect(roleHasPermission("manager", "kpi:import")).toBe(false);
    expect(roleHasPermission("admin", "kpi:import")).toBe(true);
    for (const denied of ["asset:generate", "asset:edit", "asset:approve", "knowledge:write", "members:manage"] as const) {
      expect(roleHasPermission("manager", denied), denied).toBe(false);
    }
  });

  it("lists only known permissions, without duplicates, for every role", () => {
    for (const role of ROLES) {
      const granted = ROLE_PERMISSIONS[role] as readonly string[];
      expect(new Set(granted).size).toBe(granted.length);
      for (const permission of granted) expect(PERMISSIONS).toContain(permission);
    }
  });

  it("rejects unknown roles", () => {
    expect(isRole("owner")).toBe(false);
    expect(isRole("admin")).toBe(true);
  });
});

describe("navigation by role", () => {
  const labels = (role: (typeof ROLES)[number]) => sectionsForRole(role).map((s) => s.label);
  it("shows each role only what it may use", () => {
    expect(labels("admin")).toEqual(["Generate", "Review", "Campaigns", "Assets", "Knowledge", "Dashboard", "Admin", "My work"]);
    expect(labels("marketer")).toEqual(["Generate", "Campaigns", "Assets", "Knowledge", "My work"]);
    expect(labels("editor")).toEqual(["Review", "Campaigns", "Assets", "Knowledge", "My work"]);
    expect(labels("manager")).toEqual(["Campaigns", "Assets", "Knowledge", "Dashboard", "My work"]);
  });
});

describe("landingSectionForRole", () => {
  it("lands managers on the dashboard and others on their first section", () => {
    expect(landingSectionForRole("manager")?.segment).toBe("dashboard");
    expect(landingSectionForRole("marketer")?.segment).toBe("generate");
    expect(landingSectionForRole("editor")?.segment).toBe(sectionsForRole("editor")[0]?.segment);
  });
});
