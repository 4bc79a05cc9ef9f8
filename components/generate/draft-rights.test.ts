import { describe, expect, it } from "vitest";
import { draftArchiveRights } from "./draft-rights";

const base = { role: "marketer" as const, userId: "usr_a", createdBy: "usr_a", state: "draft", isArchived: false };

describe("draftArchiveRights", () => {
  it("lets the author and admins archive drafts, and says why others cannot", () => {
    expect(draftArchiveRights(base)).toEqual({ canArchive: true, reason: null });
    expect(draftArchiveRights({ ...base, userId: "usr_b" }).reason).toBe("notAuthor");
    expect(draftArchiveRights({ ...base, role: "editor", userId: "usr_b" }).canArchive).toBe(false);
    expect(draftArchiveRights({ ...base, role: "admin", userId: "usr_b" }).canArchive).toBe(true);
    expect(draftArchiveRights({ ...base, state: "in_review" })).toEqual({ canArchive: false, reason: "notDraft" });
    expect(draftArchiveRights({ ...base, role: "manager" })).toEqual({ canArchive: false, reason: null });
  });
});
