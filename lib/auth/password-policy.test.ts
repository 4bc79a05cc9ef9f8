import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./password-policy";

describe("new password policy", () => {
  it("refuses short passwords", () => {
    expect(checkNewPassword("Xk3#pQ9!")).toMatch(/at least 12 characters/);
  });

  it("refuses long but common or patterned passwords (English and German)", () => {
    for (const weak of ["password1234", "qwertyuiop123", "passwort12345", "Password12345", "123456789012"]) {
      expect(checkNewPassword(weak), weak).toMatch(/too easy to guess/);
    }
  });

  it("refuses a password built from the person's own email or name", () => {
    expect(checkNewPassword("mira.marketer2026", { email: "mira.marketer@nordlicht.example", name: "Mira Marketer" })).toMatch(/too easy to guess/);
  });

  it("accepts a long phrase of unrelated words", () => {
    expect(checkNewPassword("lantern orbit cactus violin")).toBeNull();
    expect(checkNewPassword("Fjordblau-Kessel-Radieschen-42")).toBeNull();
  });
});
