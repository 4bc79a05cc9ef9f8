import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorIdSchema, cursorTimestampSchema, decodeCursor, encodeCursor, pageQuerySchema, toPage } from "./pagination";
import { problemOf } from "./problem";

describe("cursor pagination", () => {
  const key = z.object({ createdAt: z.string(), id: z.string() });

  it("round-trips an opaque cursor and refuses tampered ones", () => {
    const cursor = encodeCursor({ createdAt: "2026-01-01T00:00:00.000Z", id: "ast_1" });
    expect(cursor).not.toContain("ast_1");
    expect(decodeCursor(cursor, key)).toEqual({ createdAt: "2026-01-01T00:00:00.000Z", id: "ast_1" });
    expect(decodeCursor("not-a-cursor", key)).toBeNull();
    expect(decodeCursor(encodeCursor({ other: 1 }), key)).toBeNull();
  });

  it("accepts the timestamps and ids lists issue, and refuses what Postgres would fail on", () => {
    for (const ok of ["2026-01-31 09:05:00.123456+00", "2026-01-31 09:05:00+05:30", "2024-02-29T23:59:59.999Z"]) {
      expect(cursorTimestampSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["2026-02-30 09:05:00+00", "2026-13-01 00:00:00+00", "2026-01-01 24:00:00+00", "now", "2026-01-01", "2026-01-01 00:00:00+00; drop"]) {
      expect(cursorTimestampSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(cursorIdSchema.safeParse("ast_AbC-9").success).toBe(true);
    for (const bad of ["", "ast_\u0000", "a b", "x".repeat(65)]) expect(cursorIdSchema.safeParse(bad).success, bad).toBe(false);
  });

  it("turns limit+1 rows into a page with next_cursor only when more exist", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `r${n}`, createdAt: `2026-01-0${n}` }));
    const page = toPage(rows, { limit: 2, keyOf: (r) => ({ id: r.id, createdAt: r.createdAt }), map: (r) => r.id });
    expect(page.data).toEqual(["r1", "r2"]);
    expect(decodeCursor(page.next_cursor!, key)).toEqual({ id: "r2", createdAt: "2026-01-02" });
    expect(toPage(rows.slice(0, 2), { limit: 2, keyOf: (r) => ({ id: r.id }), map: (r) => r.id }).next_cursor).toBeNull();
  });

  it("bounds limit", () => {
    expect(pageQuerySchema.parse({}).limit).toBe(25);
    expect(pageQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
  });
});

describe("problem details", () => {
  it("carry RFC 9457 members plus code and field errors", () => {
    expect(problemOf("invalid_input", "Bad.", { q: ["Required"] })).toEqual({
      type: "/docs/api#problem-invalid_input",
      title: "Invalid input",
      status: 400,
      detail: "Bad.",
      code: "invalid_input",
      errors: { q: ["Required"] },
    });
    expect(problemOf("idempotency_key_reused", "x").status).toBe(422);
  });
});
