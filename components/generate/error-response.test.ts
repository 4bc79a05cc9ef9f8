import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { describeErrorBody, type ErrorBodyText } from "./error-response";

/** The texts useErrorBodyText builds, from the real catalogues. */
function textIn(messages: typeof en): ErrorBodyText {
  const errors = createTranslator({ locale: "en", messages, namespace: "errors" });
  const status = createTranslator({ locale: "en", messages, namespace: "generate.status" });
  return { server: (error) => errors(`code.${error.code}` as "code.internal"), httpFailed: (code) => status("httpFailed", { status: code }) };
}

describe("describeErrorBody", () => {
  it("renders the error by its code and appends field errors", () => {
    expect(describeErrorBody({ error: { code: "invalid_input", message: "Some fields are not valid." }, fieldErrors: { brief: ["Choose at least one channel"] } }, 400, textIn(en))).toBe(
      "Some fields are not valid. Choose at least one channel",
    );
    expect(describeErrorBody({ error: { code: "forbidden", message: "Your role does not allow this." } }, 403, textIn(de))).toBe(de.errors.code.forbidden);
  });

  it("falls back to the status when the body is not ours", () => {
    expect(describeErrorBody("<html>", 502, textIn(en))).toBe("The request failed (HTTP 502).");
    expect(describeErrorBody("<html>", 502, textIn(de))).toBe("Die Anfrage ist fehlgeschlagen (HTTP 502).");
  });
});
