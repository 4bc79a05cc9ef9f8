import { describe, expect, it } from "vitest";
import { normalizeCurrency, parsePrice } from "./parse-price";

describe("parsePrice", () => {
  it.each([
    ["49.90", 49.9, null],
    ["49,90", 49.9, null],
    ["1.299,00 €", 1299, "EUR"],
    ["1,299.00", 1299, null],
    ["49.90 EUR", 49.9, "EUR"],
    ["EUR 49.90", 49.9, "EUR"],
    ["$1,299.99", 1299.99, "USD"],
    ["CHF 1'299.50", 1299.5, "CHF"],
    ["1 299,00", 1299, null],
    ["1.299", 1299, null],
    ["0,500", 0.5, null],
    ["49,-", 49, null],
    ["0", 0, null],
  ])("reads %j", (raw, amount, currency) => {
    expect(parsePrice(raw)).toEqual({ ok: true, amount, currency });
  });

  it("treats an empty cell as no price", () => {
    expect(parsePrice("  ")).toEqual({ ok: true, amount: null, currency: null });
  });

  it.each(["abc", "1.2.3", "12,5,0", "49.90.00", "1e5", "free", "49.90 EURO"])("refuses %j as not a number", (raw) => {
    expect(parsePrice(raw)).toEqual({ ok: false, message: expect.stringMatching(/not a number/) });
  });

  it.each(["-5", "-49,90 €", "(12.00)"])("refuses negative %j", (raw) => {
    expect(parsePrice(raw)).toEqual({ ok: false, message: expect.stringMatching(/negative/) });
  });
});

describe("normalizeCurrency", () => {
  it("accepts codes in any case and common symbols", () => {
    expect(normalizeCurrency("eur")).toBe("EUR");
    expect(normalizeCurrency("€")).toBe("EUR");
    expect(normalizeCurrency("Euro")).toBeNull();
  });
});
