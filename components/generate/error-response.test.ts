import { describe, expect, it } from "vitest";
import { describeErrorBody } from "./error-response";

describe("describeErrorBody", () => {
  it("uses the error message and appends field errors", () => {
    expect(describeErrorBody({ error: { code: "invalid_input", message: "Some fields are not valid." }, fieldErrors: { brief: ["Choose at least one channel"] } }, 400)).toBe(
      "Some fields are not valid. Choose at least one channel",
    );
    expect(describeErrorBody({ error: { code: "forbidden", message: "Your role does not allow this." } }, 403)).toBe("Your role does not allow this.");
  });

  it("falls back to the status when the body is not ours", () => {
    expect(describeErrorBody("<html>", 502)).toBe("The request failed (HTTP 502).");
  });
});
