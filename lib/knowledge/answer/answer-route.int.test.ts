import { describe, expect, it, vi } from "vitest";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { getDb } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import * as route from "@/app/api/knowledge/answer/route";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

describe("POST /api/knowledge/answer", () => {
  it("answers a question sent as a JSON body, and offers no GET that would put it in a URL", async () => {
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await (await getDb()).insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
    await addTextSource(workspace.id, "# Promise\n\nEvery Nordlicht jacket is field-tested for 500 hours in Sarek.", { title: "Guide", classification: "internal" });
    await runIngestion(workspace.id);
    signInAs(user.id);

    expect("GET" in route).toBe(false);
    const response = await route.POST(
      new Request("http://localhost/api/knowledge/answer", {
        method: "POST",
        body: JSON.stringify({ workspaceId: workspace.id, question: "How many hours is every jacket field-tested?" }),
        headers: { "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const answer = await response.json();
    expect(answer.answer).toContain("500 hours");
    expect(answer.citations[0].sourceTitle).toBe("Guide");

    const tooShort = await route.POST(
      new Request("http://localhost/api/knowledge/answer", { method: "POST", body: JSON.stringify({ workspaceId: workspace.id, question: "?" }), headers: { "content-type": "application/json" } }),
    );
    expect(tooShort.status).toBe(400);
    expect((await tooShort.json()).fieldErrors.question).toBeDefined();
  });
});
