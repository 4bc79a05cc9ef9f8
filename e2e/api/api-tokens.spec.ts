import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";
import type { Role } from "../../lib/authz/roles";

async function signIn(page: Page, role: Role) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);
}

/** Reads the token shown once, and checks it is gone from the page after a reload. */
async function readTokenOnce(page: Page): Promise<string> {
  const token = (await page.getByTestId("token-value").textContent())!.trim();
  expect(token).toMatch(/^bp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  return token;
}

async function revokeInUi(page: Page, name: string) {
  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await page.getByRole("button", { name: "Revoke now" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
}

test("an admin creates a service token, the API accepts it, and after revoking it answers 401", async ({ page, request }) => {
  await signIn(page, "admin");
  await page.goto(`/${DEMO_WORKSPACE.slug}/admin/api-tokens`);
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const name = `e2e service ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Acts with the role").selectOption("editor");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await readTokenOnce(page);

  // `request` has no browser cookies: only the token authenticates.
  const search = await request.get("/api/v1/knowledge/search?q=Regenjacke&k=3", { headers: { authorization: `Bearer ${token}` } });
  expect(search.status()).toBe(200);
  expect((await search.json()).results).toEqual(expect.any(Array));
  expect(search.headers()["ratelimit-limit"]).toBe("120");

  await page.reload();
  await expect(page.getByTestId("token-value")).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active until");
  await revokeInUi(page, name);

  const refused = await request.get("/api/v1/knowledge/search?q=Regenjacke", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect((await refused.json()).detail).toContain("revoked");
});

test("a marketer creates a personal token on the account page; the browser session alone is not accepted by the API", async ({ page, request }) => {
  await signIn(page, "marketer");
  // The signed-in browser's cookies do not open the API.
  expect((await page.request.get("/api/v1/knowledge/search?q=Regenjacke")).status()).toBe(401);

  await page.goto("/account");
  const section = page.getByRole("region", { name: "API tokens" });
  const name = `e2e personal ${Date.now()}`;
  await section.getByLabel("Name").fill(name);
  await section.getByLabel("Workspace").selectOption({ label: `${DEMO_WORKSPACE.name} (Marketer)` });
  await section.getByRole("button", { name: "Create token" }).click();
  const token = await readTokenOnce(page);

  const ok = await request.get("/api/v1/knowledge/search?q=Regenjacke", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  // A marketer may not write knowledge, so neither may the marketer's token.
  const denied = await request.post("/api/v1/knowledge/sources", {
    headers: { authorization: `Bearer ${token}` },
    data: { type: "text", title: "x", text: "y" },
  });
  expect(denied.status()).toBe(403);

  await revokeInUi(page, name);
  expect((await request.get("/api/v1/knowledge/search?q=Regenjacke", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});
