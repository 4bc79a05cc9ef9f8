import { describe, expect, it } from "vitest";
import { ERASED_VALUE, pseudonymEmail, pseudonymName } from "@/lib/data-protection/pseudonym";
import { namesPerson, scrubPersonalValue } from "./scrub";

const person = { userId: "usr_1", email: "ann.example@brand.example", name: "Ann Example" };

describe("scrubbing a person out of personal audit detail", () => {
  it("replaces their e-mail and name anywhere, case-insensitively, and leaves other people alone", () => {
    const scrubbed = scrubPersonalValue(
      { email: "ANN.EXAMPLE@brand.example", comment: "ask ann example <ann.example@brand.example>", cc: ["bob@brand.example"] },
      person,
      false,
    );
    expect(scrubbed).toEqual({
      email: pseudonymEmail("usr_1"),
      comment: `ask ${pseudonymName("usr_1")} <${pseudonymEmail("usr_1")}>`,
      cc: ["bob@brand.example"],
    });
  });

  it("wipes every other value of a record about the person, and is stable when repeated", () => {
    const once = scrubPersonalValue({ from: "Ann Old-Name", to: "Ann Example", subject: "idp-123" }, person, true);
    expect(once).toEqual({ from: ERASED_VALUE, to: pseudonymName("usr_1"), subject: ERASED_VALUE });
    expect(scrubPersonalValue(once, person, true)).toEqual(once);
  });

  it("recognises a label that is their address", () => {
    expect(namesPerson("Ann.Example@brand.example", person)).toBe(true);
    expect(namesPerson("bob@brand.example", person)).toBe(false);
    expect(namesPerson(null, person)).toBe(false);
  });

  it("matches whole addresses and whole words only, in any script", () => {
    const mark = { userId: "usr_2", email: "bob@x.io", name: "Mark" };
    expect(scrubPersonalValue({ team: "Marketing EU", cc: "jimbob@x.io, bob@x.io.", other: "bob@x.iox" }, mark, false)).toEqual({
      team: "Marketing EU",
      cc: `jimbob@x.io, ${pseudonymEmail("usr_2")}.`,
      other: "bob@x.iox",
    });
    expect(scrubPersonalValue("Ask Mark (mark) or Markéta", mark, false)).toBe(`Ask ${pseudonymName("usr_2")} (${pseudonymName("usr_2")}) or Markéta`);
    expect(namesPerson("jimbob@x.io", mark)).toBe(false);
    expect(namesPerson("BOB@x.io", mark)).toBe(true);
  });
});
