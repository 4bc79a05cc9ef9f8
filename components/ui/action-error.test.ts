import { describe, expect, it } from "vitest";
import { flattenNestedValidationErrors } from "@/lib/authz/validation-errors";
import { describeActionError } from "./action-error";

describe("describeActionError", () => {
  it("answers a server error with its own sentence", () => {
    expect(describeActionError({ serverError: { code: "conflict", message: "That asset was archived." } })).toBe("That asset was archived.");
  });

  it("renders a server error from its key and parameters through the translator", () => {
    const calls: unknown[] = [];
    const translate = (key: string, params?: Record<string, string | number>) => {
      calls.push([key, params]);
      return `translated:${key}`;
    };
    const serverError = { code: "conflict" as const, message: "English", key: "code.internal" as const, params: { n: 2 } };
    expect(describeActionError({ serverError }, translate)).toBe("translated:code.internal");
    expect(calls).toEqual([["code.internal", { n: 2 }]]);
    // Without its own key, the code's generic sentence.
    expect(describeActionError({ serverError: { code: "rate_limited", message: "x" } }, translate)).toBe("translated:code.rate_limited");
  });

  it("answers nothing when the action succeeded", () => {
    expect(describeActionError({})).toBeNull();
  });

  it("lists every nested field's message by where it sits, never a raw path and never a generic sentence", () => {
    const validationErrors = flattenNestedValidationErrors({
      title: { text: { _errors: ["Write a title"] } },
      rules: { bannedTerms: { 3: { term: { _errors: ["Too long"] } } } },
    });
    const message = describeActionError({ validationErrors });
    expect(message).toBe("Title, text: Write a title. Rules, banned terms, item 4, term: Too long.");
    expect(message).not.toMatch(/title\.text|bannedTerms|not valid/);
  });

  it("keeps form-level and top-level messages as written and names a field refused without a message", () => {
    const message = describeActionError({
      validationErrors: { formErrors: ["Choose at least one language"], fieldErrors: { siteUrl: ["Enter an absolute http(s) URL."], maxTokens: [] } },
    });
    expect(message).toBe("Choose at least one language. Enter an absolute http(s) URL. Max tokens is not valid.");
  });

  it("says the same message once when several items share it", () => {
    const validationErrors = { formErrors: [], fieldErrors: { name: ["Enter a name.", "Enter a name."] } };
    expect(describeActionError({ validationErrors })).toBe("Enter a name.");
  });
});

describe("flattenNestedValidationErrors", () => {
  it("files top-level messages first, then nested ones, under the top-level field", () => {
    expect(flattenNestedValidationErrors({ _errors: ["Whole form"], fields: { _errors: ["Add a field"], 0: { value: { _errors: ["Empty"] } } } })).toEqual({
      formErrors: ["Whole form"],
      fieldErrors: { fields: ["Add a field", "Fields, item 1, value: Empty"] },
    });
  });

  it("answers an empty shape for no errors", () => {
    expect(flattenNestedValidationErrors(undefined)).toEqual({ formErrors: [], fieldErrors: {} });
  });
});
