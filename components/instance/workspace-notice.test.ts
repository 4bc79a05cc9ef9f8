import { describe, expect, it } from "vitest";
import { archiveConfirmation, countMembers, describeWorkspaceEvent } from "./workspace-notice";

describe("instance workspace notices", () => {
  it("says what happened for each action", () => {
    expect(describeWorkspaceEvent("workspaces-table", { type: "renamed", previousName: "Fjell", name: "Fjellwerk" }).text).toBe(
      "Renamed Fjell to Fjellwerk.",
    );
    expect(describeWorkspaceEvent("workspaces-table", { type: "archived", name: "Fjellwerk" }).text).toMatch(/^Archived Fjellwerk: /);
    expect(describeWorkspaceEvent("workspaces-table", { type: "restored", name: "Fjellwerk" }).text).toMatch(/^Restored Fjellwerk: /);
    const created = describeWorkspaceEvent("create-form", { type: "created", name: "Fjellwerk Kids", slug: "fjellwerk-kids" });
    expect(created).toMatchObject({ tone: "success", text: "Created Fjellwerk Kids at", link: { href: "/fjellwerk-kids" } });
    expect(describeWorkspaceEvent("workspaces-table", { type: "failed", message: "No." })).toMatchObject({ tone: "error", text: "No." });
  });

  it("counts members in singular and plural", () => {
    expect(countMembers(1)).toBe("1 member");
    expect(countMembers(0)).toBe("0 members");
    expect(countMembers(3)).toBe("3 members");
    expect(archiveConfirmation(1)).toContain("Its 1 member loses access at once.");
    expect(archiveConfirmation(4)).toContain("Its 4 members lose access at once.");
    expect(archiveConfirmation(0)).toContain("It has no members.");
  });
});
