import { beforeEach, describe, expect, it, vi } from "vitest";
import { requireWorkspacePage } from "./page-guard";

/*
 * A signed-out visitor of a workspace page used to land on a bare /login and, after signing in,
 * on / instead of the page they asked for. The guard now takes the path from the request (set by
 * proxy.ts) and says why when a session cookie was still sent.
 */

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const request = vi.hoisted(() => ({ headers: {} as Record<string, string>, cookies: [] as string[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.headers),
  cookies: async () => ({ getAll: () => request.cookies.map((name) => ({ name, value: "x" })) }),
}));

async function redirectTarget(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest.startsWith("NEXT_REDIRECT;"), digest).toBe(true);
  return digest.split(";")[2]!;
}

beforeEach(() => {
  request.headers = {};
  request.cookies = [];
});

describe("workspace page guard, signed out", () => {
  it("sends an ended session to sign-in with the requested path and the reason", async () => {
    request.headers = { "x-brandpilot-path": "/nordlicht/review?state=in_review" };
    request.cookies = ["next-auth.session-token"];
    const target = new URL(await redirectTarget(() => requireWorkspacePage({ slug: "nordlicht" })), "http://localhost");
    expect(target.pathname).toBe("/login");
    expect(target.searchParams.get("callbackUrl")).toBe("/nordlicht/review?state=in_review");
    expect(target.searchParams.get("reason")).toBe("session_ended");
  });

  it("does not claim a session ended when the browser never had one", async () => {
    request.headers = { "x-brandpilot-path": "/nordlicht/assets" };
    const target = new URL(await redirectTarget(() => requireWorkspacePage({ slug: "nordlicht" })), "http://localhost");
    expect(target.searchParams.get("callbackUrl")).toBe("/nordlicht/assets");
    expect(target.searchParams.has("reason")).toBe(false);
  });

  it("falls back to the workspace when the request path is missing, and never to another site", async () => {
    expect(await redirectTarget(() => requireWorkspacePage({ slug: "nordlicht" }))).toBe("/login?callbackUrl=%2Fnordlicht");
    request.headers = { "x-brandpilot-path": "//evil.example/phish" };
    expect(await redirectTarget(() => requireWorkspacePage({ slug: "nordlicht" }))).toBe("/login");
  });
});
