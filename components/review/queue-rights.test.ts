import { describe, expect, it } from "vitest";
import { viewerRights } from "@/components/assets/viewer-rights";
import { blockedReason, queueRowBlocks } from "./queue-rights";

const base = { userId: "usr_viewer", state: "in_review" as const, createdBy: "usr_author", lastEditedBy: null, isCurrentVersion: true };

describe("review queue rights", () => {
  it("lets another editor approve, request changes and edit", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "editor" }));
    expect(blocks).toEqual({});
    expect(blockedReason(blocks, "approve")).toBeNull();
  });

  it("blocks approving and requesting changes for the editor who last edited the version (four eyes), but not editing", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "editor", lastEditedBy: "usr_viewer" }));
    expect(blocks.approve).toEqual({ key: "fourEyesApprove", relation: "lastEdited" });
    expect(blocks.request_changes).toEqual({ key: "fourEyesRequestChanges", relation: "lastEdited" });
    expect(blocks.edit).toBeUndefined();
  });

  it("blocks the author's own decisions, even for an admin", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "admin", createdBy: "usr_viewer" }));
    expect(blocks.approve).toEqual({ key: "fourEyesApprove", relation: "created" });
    expect(blocks.request_changes).toEqual({ key: "fourEyesRequestChanges", relation: "created" });
  });

  it("blocks decisions on a row whose state moved on, with a reason", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "editor", state: "approved" }));
    expect(blocks.approve).toEqual({ key: "noLongerWaiting" });
    expect(blocks.request_changes).toEqual({ key: "noLongerWaiting" });
  });

  it("blocks editing with the read-only reason when the asset is archived", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "editor", state: "archived" }));
    expect(blocks.edit).toEqual({ key: "archived" });
  });

  it("never blocks moving through the queue or opening a row", () => {
    const blocks = queueRowBlocks(viewerRights({ ...base, role: "editor", createdBy: "usr_viewer" }));
    for (const command of ["next", "previous", "open"] as const) expect(blockedReason(blocks, command)).toBeNull();
  });
});
