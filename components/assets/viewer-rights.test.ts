import { describe, expect, it } from "vitest";
import { viewerRights } from "./viewer-rights";

const base = { userId: "usr_me", createdBy: "usr_me", lastEditedBy: null, isCurrentVersion: true } as const;

describe("viewerRights", () => {
  it("lets a marketer edit and submit their own draft, but not approve", () => {
    const rights = viewerRights({ ...base, role: "marketer", state: "draft" });
    expect(rights.canEdit).toBe(true);
    expect(rights.actions).toEqual(["submit"]);
    expect(rights.fourEyesNote).toBeNull();
  });

  it("keeps a marketer out of someone else's asset and out of one in review", () => {
    expect(viewerRights({ ...base, role: "marketer", state: "draft", createdBy: "usr_other" })).toMatchObject({ canEdit: false, actions: [], readOnlyReason: { key: "notOwn" } });
    expect(viewerRights({ ...base, role: "marketer", state: "in_review" })).toMatchObject({ canEdit: false, actions: [] });
    expect(viewerRights({ ...base, role: "marketer", state: "in_review", createdBy: "usr_other" }).unavailable).toEqual([]);
  });

  it("lets an editor edit during review and offers both decisions", () => {
    const rights = viewerRights({ ...base, role: "editor", state: "in_review", createdBy: "usr_author" });
    expect(rights.canEdit).toBe(true);
    expect(rights.actions).toEqual(["request_changes", "approve"]);
    expect(rights.fourEyesNote).toBeNull();
  });

  it("shows an editor who edited the version both decisions disabled, with the four-eyes reason", () => {
    const rights = viewerRights({ ...base, role: "editor", state: "in_review", createdBy: "usr_author", lastEditedBy: "usr_me" });
    expect(rights.fourEyesNote).toEqual({ key: "fourEyesNote", relation: "lastEdited" });
    expect(rights.actions).toEqual([]);
    expect(rights.unavailable).toEqual([
      { action: "request_changes", reason: { key: "fourEyesRequestChanges", relation: "lastEdited" } },
      { action: "approve", reason: { key: "fourEyesApprove", relation: "lastEdited" } },
    ]);
  });

  it("says the author created the asset when an editor reviews their own work", () => {
    const rights = viewerRights({ ...base, role: "editor", state: "in_review" });
    expect(rights.unavailable.map((entry) => entry.reason)).toContainEqual({ key: "fourEyesApprove", relation: "created" });
  });

  it("shows a marketer's submitted asset as in review, with submit disabled by its state", () => {
    const rights = viewerRights({ ...base, role: "marketer", state: "in_review" });
    expect(rights.actions).toEqual([]);
    expect(rights.unavailable).toEqual([{ action: "submit", reason: { key: "submitted" } }]);
  });

  it("disables nothing for an editor who neither wrote nor edited the asset", () => {
    expect(viewerRights({ ...base, role: "editor", state: "in_review", createdBy: "usr_author", lastEditedBy: "usr_other" }).unavailable).toEqual([]);
  });

  it("offers publish and archive on an approved asset; editing it starts a new draft", () => {
    const rights = viewerRights({ ...base, role: "admin", state: "approved", createdBy: "usr_author" });
    expect(rights.actions).toEqual(["publish", "archive"]);
    expect(rights.editStartsNewDraft).toBe(true);
  });

  it("shows an older version read-only but still restorable", () => {
    const rights = viewerRights({ ...base, role: "editor", state: "draft", isCurrentVersion: false });
    expect(rights).toMatchObject({ canEdit: false, canRestore: true });
    expect(rights.readOnlyReason).toEqual({ key: "olderVersion" });
  });

  it("gives a manager nothing to change", () => {
    expect(viewerRights({ ...base, role: "manager", state: "in_review", createdBy: "usr_x" })).toMatchObject({ canEdit: false, canRestore: false, canComment: false, actions: [], readOnlyReason: null });
  });

  it("freezes archived assets", () => {
    expect(viewerRights({ ...base, role: "admin", state: "archived" })).toMatchObject({ canEdit: false, canRestore: false, actions: [] });
  });
});
