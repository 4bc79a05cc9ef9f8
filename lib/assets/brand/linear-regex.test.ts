import { describe, expect, it } from "vitest";
import { compileLinearPattern, withJavaScriptSpaces } from "./linear-regex";

describe("compileLinearPattern", () => {
  it("matches \\s as JavaScript does: a price with a no-break space is a price", () => {
    const price = compileLinearPattern("\\d(?:[.,]\\d+)*\\s?(?:€|\\bEUR\\b)")!;
    expect(price.test("ab 349\u00a0€")).toBe(true);
    expect(price.test("ab 349 €")).toBe(true);
    expect(price.test("ab 349 Euro")).toBe(false);
    expect(compileLinearPattern("a[\\s-]b")!.test("a\u202fb")).toBe(true);
    expect(compileLinearPattern("a\\Sb")!.test("a\u00a0b")).toBe(false);
    expect(compileLinearPattern("a\\Sb")!.test("a-b")).toBe(true);
  });

  it("leaves escaped backslashes and other escapes alone", () => {
    expect(withJavaScriptSpaces("\\\\s\\d\\.")).toBe("\\\\s\\d\\.");
    expect(compileLinearPattern("\\d+\\.\\d")!.test("3.5")).toBe(true);
  });

  it("runs a rule saved with a trailing 'no letter follows' lookahead, with the same meaning", () => {
    const lux = compileLinearPattern("\\d[\\d.,]*\\s?lux(?![\\p{L}])")!;
    expect(lux.test("70 lux")).toBe(true);
    expect(lux.test("70 lux, hell")).toBe(true);
    expect(lux.test("70 luxus")).toBe(false);
    expect(compileLinearPattern("(?!a)b")).toBeNull();
  });
});
