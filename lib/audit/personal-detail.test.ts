import { describe, expect, it } from "vitest";
import { mergedAuditDetail, splitPersonalDetail } from "./personal-detail";

describe("personal audit detail", () => {
  it("moves e-mail addresses, names and devices out of the hashed detail", () => {
    const split = splitPersonalDetail("invitations.create", {
      email: "new.person@brand.example",
      role: "editor",
      sendCount: 1,
      userAgent: "Mozilla/5.0",
      subject: "oidc-sub-123",
    });
    expect(split.detail).toEqual({ role: "editor", sendCount: 1 });
    expect(split.detailPersonal).toEqual({ email: "new.person@brand.example", userAgent: "Mozilla/5.0", subject: "oidc-sub-123" });
  });

  it("moves any value that contains an e-mail address, also nested", () => {
    const split = splitPersonalDetail("review.comment", {
      comment: "Ask Jane <jane@brand.example> first",
      meta: { list: ["x", "cc: bob@brand.example"] },
      version: 3,
    });
    expect(split.detail).toEqual({ version: 3 });
    expect(Object.keys(split.detailPersonal).sort()).toEqual(["comment", "meta"]);
  });

  it("moves free text people write (review comments, override reasons), keeps machine reason codes", () => {
    const split = splitPersonalDetail("review.approve", { version: 2, comment: "Looks good, Mark", overrideReason: "Legal said OK" });
    expect(split.detail).toEqual({ version: 2 });
    expect(split.detailPersonal).toEqual({ comment: "Looks good, Mark", overrideReason: "Legal said OK" });
    expect(splitPersonalDetail("auth.sign_in", { reason: "wrong_password" }).detail).toEqual({ reason: "wrong_password" });
  });

  it("treats from/to as names only where they are names", () => {
    expect(splitPersonalDetail("account.update_name", { from: "Ann", to: "Anna" }).detailPersonal).toEqual({ from: "Ann", to: "Anna" });
    expect(splitPersonalDetail("members.change_role", { from: "editor", to: "admin" }).detail).toEqual({ from: "editor", to: "admin" });
  });

  it("shows readers one detail again", () => {
    expect(mergedAuditDetail({ detail: { role: "editor" }, detailPersonal: { email: "a@b.example" } })).toEqual({
      role: "editor",
      email: "a@b.example",
    });
  });
});
