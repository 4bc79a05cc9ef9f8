import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccount } from "../fixtures/accounts";
import { recordCspViolations } from "../fixtures/security-headers";
import { AssetPage } from "../pages/asset-page";
import { DashboardPage } from "../pages/dashboard-page";
import { GeneratePage } from "../pages/generate-page";
import { KnowledgePage } from "../pages/knowledge-page";
import { LoginPage } from "../pages/login-page";
import { ReviewPage } from "../pages/review-page";

/**
 * The strict policy (scripts by nonce only, no inline styles elements, no eval) must not break
 * anything a person does: the main flow runs with every CSP violation recorded, and there is none.
 * Server-action answers seen on the way carry their own headers (they bypass the proxy).
 */
const SLUG = DEMO_WORKSPACE.slug;
const PRODUCT = "Fjell Hardshell-Jacke Damen";
const CHANNEL = "Google responsive search ad";

type Recorded = { page: Page; violations: () => Promise<string[]>; actionResponses: Array<{ url: string; headers: Record<string, string> }> };

async function signedIn(browser: Browser, role: Role): Promise<Recorded> {
  const page = await (await browser.newContext()).newPage();
  const violations = await recordCspViolations(page);
  const actionResponses: Recorded["actionResponses"] = [];
  page.on("response", async (response) => {
    if (await response.request().headerValue("next-action")) actionResponses.push({ url: response.url(), headers: response.headers() });
  });
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccount(role).email, DEMO_PASSWORD);
  await page.waitForURL(`**/${SLUG}/**`);
  return { page, violations, actionResponses };
}

test("sign-in → generate → submit → editor approves → manager's dashboard → knowledge upload: no CSP violation", async ({ browser }) => {
  test.setTimeout(240_000);

  const marketer = await signedIn(browser, "marketer");
  const generate = new GeneratePage(marketer.page);
  await generate.goto(SLUG);
  await generate.waitForProduct(PRODUCT);
  await generate.brief({ product: PRODUCT, channels: [CHANNEL], language: "German" });
  await generate.waitForResult(CHANNEL);
  const card = generate.result(CHANNEL);
  const exportHref = await card.getByRole("link", { name: "JSON" }).getAttribute("href");
  const assetId = new URL(exportHref!, "http://localhost").searchParams.get("assetId")!;
  await card.getByRole("button", { name: "Submit for review" }).click();
  await expect(card.getByText("Submitted for review", { exact: true })).toBeVisible();

  // The editor did not write it, so four eyes lets them approve.
  const editor = await signedIn(browser, "editor");
  await new ReviewPage(editor.page).goto(SLUG);
  const asset = new AssetPage(editor.page);
  await asset.goto(SLUG, assetId);
  await asset.workflowButton("Approve").click();
  await expect(asset.stateBadge()).toHaveText("Approved");

  // KPI dashboards are the manager's. Charts (recharts) draw with style attributes: allowed by style-src-attr only.
  const manager = await signedIn(browser, "manager");
  await new DashboardPage(manager.page).goto(SLUG);
  await expect(manager.page.locator(".recharts-surface").first()).toBeVisible();

  const knowledge = new KnowledgePage(editor.page);
  await knowledge.goto(SLUG);
  await knowledge.uploadFiles(["brand-guide.md"], "brand_voice");
  await knowledge.waitUntilReady("brand-guide");

  expect(await marketer.violations()).toEqual([]);
  expect(await editor.violations()).toEqual([]);
  expect(await manager.violations()).toEqual([]);

  const actionResponses = [...marketer.actionResponses, ...editor.actionResponses, ...manager.actionResponses];
  expect(actionResponses.length, "server actions answered during the flow").toBeGreaterThan(0);
  for (const { url, headers } of actionResponses) {
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["content-security-policy"], url).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});
