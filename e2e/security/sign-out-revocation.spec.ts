import path from "node:path";
import fs from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { createFreshPostgresDatabase, localPostgresUrl, startServerProcess, type FreshDatabase, type ServerProcess } from "../fixtures/server-process";
import { LoginPage } from "../pages/login-page";
import { WorkspaceShell } from "../pages/workspace-shell";

/**
 * Two app instances (two `next start` processes) on one PostgreSQL database, as behind a load
 * balancer. A session cookie copied before sign-out works on both; after signing out on the
 * first, the copy is refused by the second too: sign-out ends the session row, and every instance
 * checks that row per request. Needs real PostgreSQL (embedded PGlite allows one process per data
 * folder), so it runs when E2E_POSTGRES_URL is set, as in CI.
 */
const PORTS = [3212, 3213] as const;
const SLUG = DEMO_WORKSPACE.slug;
// Both instances must sign and verify the same JWTs.
const SHARED_SECRET = "e2e-two-instances-secret-not-for-production-000";

const postgresUrl = localPostgresUrl();
test.skip(!postgresUrl, "Needs E2E_POSTGRES_URL (a local PostgreSQL with pgvector, e.g. postgres://postgres@127.0.0.1:5432/postgres): two processes cannot share an embedded PGlite database.");
test.describe.configure({ mode: "serial", timeout: 180_000 });

let database: FreshDatabase | undefined;
const servers: ServerProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createFreshPostgresDatabase(postgresUrl!, "signout");
  const dataDir = path.resolve(".data/e2e-sign-out");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = (demo: boolean) => ({
    DATABASE_URL: database!.url,
    NEXTAUTH_SECRET: SHARED_SECRET,
    // The first instance seeds the demo accounts; the second must not race it.
    BRANDPILOT_DEMO: String(demo),
    PGLITE_DATA_DIR: path.join(dataDir, "unused"),
  });
  servers.push(await startServerProcess({ port: PORTS[0], env: env(true) }));
  servers.push(await startServerProcess({ port: PORTS[1], env: env(false) }));
});

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  await database?.drop();
});

/** A client that only replays the saved cookie header: no browser, no sign-out of its own. */
async function replaying(baseURL: string, cookie: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
}

async function expectSignedIn(client: APIRequestContext, email: string) {
  const session = await (await client.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(email);
  const page = await client.get(`/${SLUG}/generate`, { maxRedirects: 0 });
  expect(page.status()).toBe(200);
}

async function expectRefused(client: APIRequestContext) {
  const session = await (await client.get("/api/auth/session")).json();
  expect(session.user).toBeUndefined();
  const page = await client.get(`/${SLUG}/generate`, { maxRedirects: 0 });
  expect(page.status()).toBeGreaterThanOrEqual(300);
  expect(page.status()).toBeLessThan(400);
  expect(page.headers()["location"]).toContain("/login");
}

test("a cookie saved before sign-out works on both instances, and after sign-out on one is refused by the other", async ({ browser }) => {
  const [first, second] = servers;
  const account = demoAccount("marketer");
  const context = await browser.newContext({ baseURL: first!.baseURL });
  const page = await context.newPage();
  const login = new LoginPage(page);
  // The first instance seeds the demo in the background after it starts answering.
  await expect(async () => {
    await login.goto();
    await login.signIn(account.email, DEMO_PASSWORD);
    await page.waitForURL(`**/${SLUG}/**`, { timeout: 5_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });

  const cookies = await context.cookies(first!.baseURL);
  expect(cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
  const savedCookie = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

  const onSecond = await replaying(second!.baseURL, savedCookie);
  const onFirst = await replaying(first!.baseURL, savedCookie);
  await expectSignedIn(onSecond, account.email);

  await new WorkspaceShell(page).signOut();
  // The browser that signed out lost its cookie; the saved copy is what an attacker would hold.
  await expectRefused(onSecond);
  await expectRefused(onFirst);

  await onSecond.dispose();
  await onFirst.dispose();
  await context.close();
});
