import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// next-auth itself is replaced by a spy that reads the body the way next-auth does (`req.text()`
// for a form post, after reading `req.nextUrl`), so the test sees exactly what it would be handed.
const seen = vi.hoisted(() => ({ calls: [] as { body: string; contentType: string | null; path: string }[] }));
vi.mock("next-auth", () => ({
  default: async (req: NextRequest) => {
    seen.calls.push({ path: req.nextUrl.pathname, contentType: req.headers.get("content-type"), body: await req.text() });
    return new Response("ok");
  },
}));
vi.mock("@/lib/auth/options", () => ({ getAuthOptions: () => ({}) }));

const { POST, GET } = await import("./route");
const context = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };
const url = "http://localhost/api/auth/callback/credentials";

describe("next-auth route body limit", () => {
  beforeEach(() => {
    seen.calls = [];
  });

  it("refuses an oversized chunked POST with 413 before next-auth reads anything", async () => {
    let pulledBytes = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulledBytes += 1024;
          controller.enqueue(new TextEncoder().encode("a".repeat(1024)));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new NextRequest(url, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await POST(request, context);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "payload_too_large", message: "The request body is larger than this endpoint accepts (at most 16 KB).", key: "http.payloadTooLarge", params: { limit: "16 KB" } },
    });
    expect(pulledBytes).toBeLessThanOrEqual(16 * 1024 + 3 * 1024);
    expect(seen.calls).toHaveLength(0);
  });

  it("refuses an oversized Content-Length", async () => {
    const request = new NextRequest(url, {
      method: "POST",
      body: "x".repeat(16 * 1024 + 1),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await POST(request, context)).status).toBe(413);
    expect(seen.calls).toHaveLength(0);
  });

  it("hands a normal sign-in form to next-auth with the same body and headers", async () => {
    const form = "csrfToken=abc&email=a%40b.example&password=s%C3%A9cret";
    const response = await POST(new NextRequest(url, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }), context);
    expect(response.status).toBe(200);
    expect(seen.calls).toEqual([{ path: "/api/auth/callback/credentials", contentType: "application/x-www-form-urlencoded", body: form }]);
  });

  it("passes GET requests through", async () => {
    expect((await GET(new NextRequest("http://localhost/api/auth/session"), context)).status).toBe(200);
    expect(seen.calls).toEqual([{ path: "/api/auth/session", contentType: null, body: "" }]);
  });
});
