import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { POST as generateAssets } from "@/app/api/assets/generate/route";
import { workspaceScopedInput } from "./define-action";
import { defineRouteHandler } from "./define-route";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const SMALL_LIMIT = 1024;
const echoRoute = defineRouteHandler({
  name: "test.echo_body",
  permission: "knowledge:read",
  method: "POST",
  maxBodyBytes: SMALL_LIMIT,
  input: workspaceScopedInput.extend({ note: z.string() }),
  async handler({ input }) {
    return Response.json({ received: input });
  },
});

/** A chunked JSON upload without Content-Length, endless; counts the bytes the route pulled. */
function endlessJsonUpload() {
  const source = { pulledBytes: 0, cancelled: false };
  const chunk = new TextEncoder().encode(`"${"x".repeat(4094)}",`);
  let started = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const bytes = started ? chunk : new TextEncoder().encode('{"padding":[');
        started = true;
        source.pulledBytes += bytes.byteLength;
        controller.enqueue(bytes);
      },
      cancel() {
        source.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api/assets/generate", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
  return { source, request };
}

describe("route handler body limits", () => {
  it("answers 413 to an endless chunked body before authentication, having read little more than the limit", async () => {
    signInAs(null);
    const { source, request } = endlessJsonUpload();
    const response = await generateAssets(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "payload_too_large", message: "The request body is larger than this endpoint accepts (at most 64 KB).", key: "http.payloadTooLarge", params: { limit: "64 KB" } },
    });
    expect(source.pulledBytes).toBeLessThanOrEqual(64 * 1024 + 3 * 4096);
    expect(source.cancelled).toBe(true);
  });

  it("refuses an oversized Content-Length without reading the body", async () => {
    const { members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    let pulled = false;
    const body = new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
    const request = new Request("http://localhost/echo", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "content-length": String(SMALL_LIMIT + 1) },
      duplex: "half",
    } as RequestInit);
    const response = await echoRoute(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toContain("1 KB");
    expect(pulled).toBe(false);
  });

  it("passes a body under the route's limit to the handler", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.editor.id);
    const json = JSON.stringify({ workspaceId: workspace.id, note: "ä".repeat(100) });
    const response = await echoRoute(new Request("http://localhost/echo", { method: "POST", body: json, headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { workspaceId: workspace.id, note: "ä".repeat(100) } });

    const tooBig = JSON.stringify({ workspaceId: workspace.id, note: "x".repeat(SMALL_LIMIT) });
    const refused = await echoRoute(new Request("http://localhost/echo", { method: "POST", body: tooBig, headers: { "content-type": "application/json" } }));
    expect(refused.status).toBe(413);
  });
});
