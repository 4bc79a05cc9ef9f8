import { describe, expect, it } from "vitest";
import { ROLE_PERMISSIONS } from "@/lib/authz/permissions";
import { ROLES } from "@/lib/authz/roles";
import { checkTransition, WORKFLOW, type AssetState, type ReviewAction } from "./workflow";

const base = { actorId: "usr_editor", createdBy: "usr_author", lastEditedBy: "usr_author", comment: null, hasValidationErrors: false, overrideReason: null };
const STATES: AssetState[] = ["draft", "in_review", "changes_requested", "approved", "published", "archived"];

describe("editorial workflow", () => {
  it("allows each action only from its states, to its target state", () => {
    const table: Record<ReviewAction, Partial<Record<AssetState, AssetState>>> = {
      submit: { draft: "in_review", changes_requested: "in_review" },
      request_changes: { in_review: "changes_requested" },
      approve: { in_review: "approved" },
      publish: { approved: "published" },
      archive: { draft: "archived", changes_requested: "archived", approved: "archived", published: "archived" },
    };
    for (const action of Object.keys(table) as ReviewAction[]) {
      for (const state of STATES) {
        const result = checkTransition({ ...base, action, state, comment: "please shorten" });
        const expected = table[action][state];
        if (expected) expect(result, `${action} from ${state}`).toEqual({ allowed: true, to: expected });
        else expect(result, `${action} from ${state}`).toMatchObject({ allowed: false, reason: expect.stringContaining("cannot be") });
      }
    }
  });

  it("never lets editors review what they authored or last edited", () => {
    for (const action of ["approve", "request_changes"] as const) {
      expect(checkTransition({ ...base, action, state: "in_review", comment: "x", actorId: "usr_author" })).toMatchObject({ allowed: false, reason: expect.stringContaining("created") });
      expect(checkTransition({ ...base, action, state: "in_review", comment: "x", lastEditedBy: "usr_editor" })).toMatchObject({ allowed: false, reason: expect.stringContaining("last edited") });
    }
    // Submitting and publishing your own work is fine: approval is what needs a second person.
    expect(checkTransition({ ...base, action: "submit", state: "draft", actorId: "usr_author" })).toEqual({ allowed: true, to: "in_review" });
  });

  it("requires an override reason to approve below the minimum compliance score, naming both problems when validation fails too", () => {
    const shortfall = "Compliance score 60 is below the workspace minimum of 80 to approve. Failing rules: banned_term:billig (…).";
    expect(checkTransition({ ...base, action: "approve", state: "in_review", complianceShortfall: shortfall })).toEqual({
      allowed: false,
      reason: `${shortfall} Fix it, or record why it may go out anyway (override reason).`,
      // The same refusal as a key for the reader's language.
      message: { key: "review.overrideReasonRequired", params: { problems: shortfall } },
    });
    expect(checkTransition({ ...base, action: "approve", state: "in_review", hasValidationErrors: true, complianceShortfall: shortfall })).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/^The current version fails validation\. Compliance score 60/),
    });
    expect(checkTransition({ ...base, action: "approve", state: "in_review", complianceShortfall: shortfall, overrideReason: "Campaign approved by legal" })).toEqual({ allowed: true, to: "approved" });
  });

  it("requires a comment to request changes, and an override reason to approve an invalid version", () => {
    expect(checkTransition({ ...base, action: "request_changes", state: "in_review", comment: "  " })).toMatchObject({ allowed: false, reason: expect.stringContaining("comment") });
    expect(checkTransition({ ...base, action: "approve", state: "in_review", hasValidationErrors: true })).toMatchObject({ allowed: false, reason: expect.stringContaining("override") });
    expect(checkTransition({ ...base, action: "approve", state: "in_review", hasValidationErrors: true, overrideReason: "Legal approved the claim" })).toEqual({ allowed: true, to: "approved" });
  });

  it("maps actions to permissions the roles hold as the issue says", () => {
    const holders = (action: ReviewAction) => ROLES.filter((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(WORKFLOW[action].permission)).sort();
    expect(holders("submit")).toEqual(["admin", "editor", "marketer"]);
    expect(holders("request_changes")).toEqual(["admin", "editor"]);
    expect(holders("approve")).toEqual(["admin", "editor"]);
    expect(holders("publish")).toEqual(["admin", "editor"]);
  });
});
