import { describe, expect, it } from "vitest";
import { env, parseEnv } from "@/lib/env";
import { classificationsFor, visibleClassifications } from "./classification";

describe("classificationsFor", () => {
  it("reads the reader roles parsed once in env (default admin, editor)", () => {
    for (const role of ["admin", "editor", "marketer", "manager"] as const) {
      expect(classificationsFor(role)).toEqual(visibleClassifications(role, env.confidentialReaderRoles));
    }
    expect(parseEnv({}).confidentialReaderRoles).toEqual(["admin", "editor"]);
  });

  it("shows confidential content to admins always and to listed roles only", () => {
    const readers = parseEnv({ CONFIDENTIAL_READER_ROLES: " manager , nobody" }).confidentialReaderRoles;
    expect(readers).toEqual(["manager"]);
    expect(visibleClassifications("admin", readers)).toEqual(["public", "internal", "confidential"]);
    expect(visibleClassifications("manager", readers)).toEqual(["public", "internal", "confidential"]);
    expect(visibleClassifications("editor", readers)).toEqual(["public", "internal"]);
  });
});
