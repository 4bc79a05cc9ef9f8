import { describe, expect, it } from "vitest";
import { roleHasPermission } from "@/lib/authz/permissions";
import { ROLES } from "@/lib/authz/roles";
import { manageCampaignsReason } from "./manage-reason";

describe("manageCampaignsReason", () => {
  it("gives a reason exactly to the roles without campaign:manage, naming the roles that have it", () => {
    for (const role of ROLES) {
      expect(manageCampaignsReason(role) === null, role).toBe(roleHasPermission(role, "campaign:manage"));
    }
    expect(manageCampaignsReason("editor")).toBe("Your role (Editor) reads campaigns and personas; planning them needs the Admin, Marketer or Manager role.");
  });
});
