import { describe, expect, it, vi } from "vitest";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { checkNewPassword, personalInputs } from "./password-policy";

describe("new password policy", () => {
  it("refuses short passwords", () => {
    expect(checkNewPassword("Xk3#pQ9!")).toMatch(/at least 12 characters/);
  });

  it("refuses long but common or patterned passwords (English and German)", () => {
    for (const weak of ["password1234", "qwertyuiop123", "passwort12345", "Password12345", "123456789012", "P@ssw0rd1234", "p4ssw0rd2024!"]) {
      expect(checkNewPassword(weak), weak).toMatch(/too easy to guess/);
    }
  });

  it("refuses a password built from the person's own email or name", () => {
    expect(checkNewPassword("mira.marketer2026", { email: "mira.marketer@nordlicht.example", name: "Mira Marketer" })).toMatch(/too easy to guess/);
  });

  it("refuses the words of the name or email run together", () => {
    expect(checkNewPassword("eddieeditor1", { email: "eddie@fjellwerk.example", name: "Eddie Editor" })).toMatch(/too easy to guess/);
    expect(checkNewPassword("editoreddie2026", { email: "eddie@fjellwerk.example", name: "Eddie Editor" })).toMatch(/too easy to guess/);
    expect(checkNewPassword("Eddie.Editor.2026", { email: "eddie.editor@fjellwerk.example", name: "Eddie" })).toMatch(/too easy to guess/);
    expect(personalInputs({ email: "eddie.editor_1@fjellwerk.example", name: "Eddie Editor" })).toEqual(
      expect.arrayContaining(["eddie", "editor", "eddie editor", "eddie.editor_1", "eddieeditor", "editoreddie"]),
    );
  });

  it("accepts a long phrase of unrelated words", () => {
    expect(checkNewPassword("lantern orbit cactus violin")).toBeNull();
    expect(checkNewPassword("Fjordblau-Kessel-Radieschen-42")).toBeNull();
  });

  // Regression: zxcvbn's matching grows much faster than the input (a 256-character keyboard-walk
  // repeat blocked the CPU for seconds, reachable anonymously through the setup form). The cost is
  // bounded by what reaches zxcvbn: at most the first 100 characters, with few l33t variants. A
  // structural check, not a timing one, so a busy test machine cannot make it flaky.
  it("hands zxcvbn at most the first 100 characters of a long password", () => {
    const check = vi.spyOn(ZxcvbnFactory.prototype, "check");
    try {
      for (const adversarial of ["1qaz2wsx".repeat(32), "aA1!".repeat(64), "4@s$3e1!0o".repeat(26).slice(0, 256)]) {
        expect(adversarial).toHaveLength(256);
        check.mockClear();
        checkNewPassword(adversarial, { email: "ada@brand.example", name: "Ada Admin" });
        expect(check).toHaveBeenCalledTimes(1);
        expect(check.mock.calls[0]![0]).toBe(adversarial.slice(0, 100));
      }
    } finally {
      check.mockRestore();
    }
  });

  it("still refuses a password over 256 characters, and judges a long one by its first 100", () => {
    expect(checkNewPassword("lantern orbit cactus violin ".repeat(10))).toMatch(/at most 256 characters/);
    expect(checkNewPassword(`${"password".repeat(13)}lantern orbit cactus violin`)).toMatch(/too easy to guess/);
  });
});
