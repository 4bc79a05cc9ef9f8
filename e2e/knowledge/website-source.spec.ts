import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { LoginPage } from "../pages/login-page";
import { WebsiteSources } from "../pages/website-sources";
import { htmlPage, startTestWebsite, type TestWebsite } from "../../lib/testing/test-website";

// A brand website served by the spec on 127.0.0.1. The app refuses private addresses unless the
// workspace allows them, so the spec turns that admin setting on through the UI first.
let site: TestWebsite;

test.beforeAll(async () => {
  site = await startTestWebsite({
    "/robots.txt": { body: "User-agent: *\nDisallow: /internal\n", contentType: "text/plain" },
    "/": { body: htmlPage({ title: "Fjordlys Home", body: "Fjordlys makes wool sweaters on the west coast of Norway.", links: ["/story", "/care", "/internal/prices"] }) },
    "/story": { body: htmlPage({ title: "Our story", body: "Three generations of knitters, one small mill by the fjord." }) },
    "/care": { body: htmlPage({ title: "Care guide", body: "Wash wool cold by hand and dry it flat, away from the sun." }) },
    "/internal/prices": { body: htmlPage({ title: "Dealer prices", body: "Not for the crawler." }) },
  });
});
test.afterAll(async () => {
  await site.close();
});

test("an admin adds a website source and sees its progress and the pages indexed", async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount("admin").email, DEMO_PASSWORD);
  await page.waitForURL(`**/${DEMO_WORKSPACE.slug}/**`);

  const websites = new WebsiteSources(page);
  await websites.allowPrivateNetworks(DEMO_WORKSPACE.slug);
  await page.goto(`/${DEMO_WORKSPACE.slug}/knowledge`);
  const name = `Fjordlys site ${Date.now()}`;
  await websites.addWebsite({ name, url: `${site.origin}/` });

  const connector = websites.connector(name);
  await expect(connector).toContainText(site.origin);
  await websites.waitForPagesIndexed(name, 3);
  await expect(connector.getByTestId("sync-summary").first()).toHaveText("3 added, 0 changed, 0 removed, 0 failed, 0 unchanged");
  expect(site.requests.some((request) => request.path.startsWith("/internal"))).toBe(false);

  // The pages are knowledge sources now, listed with the rest.
  await expect(page.getByRole("region", { name: /Sources/ })).toContainText("Care guide");
});
