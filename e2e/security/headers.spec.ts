import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { expectPageSecurity, expectStaticSecurityHeaders } from "../fixtures/security-headers";
import { LoginPage } from "../pages/login-page";

/**
 * Every main page answers with the security headers and a CSP whose nonce is new on each request
 * and is the one on every script of the page; route handlers and static files get theirs from
 * next.config.ts. Over http (as here) no HSTS; the https case is a unit test
 * (lib/http/security-headers.test.ts, transport-security.test.ts).
 */
const SLUG = DEMO_WORKSPACE.slug;

async function expectFreshNoncePerRequest(request: APIRequestContext, path: string) {
  const first = await request.get(path, { maxRedirects: 0 });
  expect(first.status(), `${path} status`).toBeLessThan(300);
  const second = await request.get(path, { maxRedirects: 0 });
  const firstNonce = await expectPageSecurity(first, path);
  const secondNonce = await expectPageSecurity(second, path);
  expect(secondNonce, `${path}: a new nonce per request`).not.toBe(firstNonce);
}

test("signed-out pages: sign-in and forgot-password carry the headers with a per-request nonce", async ({ request }) => {
  for (const path of ["/login", "/forgot-password"]) await expectFreshNoncePerRequest(request, path);
  // A redirect from a guarded page is a response too.
  const redirect = await request.get(`/${SLUG}/generate`, { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expectStaticSecurityHeaders(redirect, "redirect to sign-in");
});

test("workspace, admin, account and instance pages carry the headers with a per-request nonce", async ({ page }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(page);
  await login.goto();
  // The demo admin is also the instance owner: every area is open to them.
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);

  await page.goto(`/${SLUG}/assets`);
  const assetHref = await page.locator(`a[href^="/${SLUG}/assets/ast_"]`).first().getAttribute("href");
  await page.goto(`/${SLUG}/knowledge`);
  const sourceHref = await page.locator(`a[href^="/${SLUG}/knowledge/src_"]`).first().getAttribute("href");
  expect(assetHref, "the demo has an asset").toBeTruthy();
  expect(sourceHref, "the demo has a knowledge source").toBeTruthy();

  const paths = [
    `/${SLUG}/generate`,
    `/${SLUG}/assets`,
    assetHref!,
    `/${SLUG}/review`,
    `/${SLUG}/knowledge`,
    sourceHref!,
    `/${SLUG}/dashboard`,
    `/${SLUG}/admin/members`,
    `/${SLUG}/admin/audit`,
    `/${SLUG}/admin/models`,
    `/${SLUG}/admin/brand`,
    `/${SLUG}/admin/webhook`,
    "/account",
    "/instance/workspaces",
  ];
  // page.request shares the browser context's cookies: these are the signed-in pages.
  for (const path of paths) await expectFreshNoncePerRequest(page.request, path);
  // Area index pages redirect to their first page: redirects carry the static headers too.
  for (const path of [`/${SLUG}`, `/${SLUG}/admin`, "/instance"]) {
    const redirect = await page.request.get(path, { maxRedirects: 0 });
    expect(redirect.status(), path).toBeGreaterThanOrEqual(300);
    expectStaticSecurityHeaders(redirect, path);
  }
});

test("route handlers, next-auth and static files get the headers too (a no-document CSP for /api)", async ({ page, request }) => {
  const session = await request.get("/api/auth/session");
  expectStaticSecurityHeaders(session, "/api/auth/session");
  expect(session.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  const loginHtml = await (await request.get("/login")).text();
  const scriptPath = loginHtml.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(scriptPath, "a framework script on the sign-in page").toBeTruthy();
  const script = await request.get(scriptPath!);
  expect(script.status()).toBe(200);
  expectStaticSecurityHeaders(script, scriptPath!);

  // A page the browser loaded really is framed by nobody: the policy the browser enforces.
  await page.goto("/login");
  const framed = await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.src = "/login";
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    try {
      return frame.contentDocument?.body?.innerText ?? "";
    } catch {
      return "";
    }
  });
  expect(framed).not.toContain("Sign in to Brandpilot");
});
