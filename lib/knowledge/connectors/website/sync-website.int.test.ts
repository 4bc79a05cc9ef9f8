import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { knowledgeConnectors, knowledgeConnectorSyncs, knowledgeSources, knowledgeSourceVersions, workspaces } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { htmlPage, startTestWebsite, type TestWebsite } from "@/lib/testing/test-website";
import type { Resolver } from "@/lib/http/outbound/safe-agent";
import { createConnector, requestConnectorSync } from "../manage-connectors";
import { runConnectorSync } from "../sync-connector";

const sites: TestWebsite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

/**
 * The test site listens on 127.0.0.1, which the outbound client refuses unless the workspace
 * allows private networks: tests that crawl it turn the (admin) setting on for their own
 * workspace, exactly as an intranet customer would; nothing bypasses the check.
 */
async function intranetWorkspace(allowPrivateNetworks = true) {
  const workspace = await createTestWorkspace();
  const db = await getDb();
  await db.update(workspaces).set({ allowPrivateNetworks }).where(eq(workspaces.id, workspace.id));
  return workspace;
}

async function site(pages: Parameters<typeof startTestWebsite>[0]) {
  const started = await startTestWebsite(pages);
  sites.push(started);
  return started;
}

async function addWebsite(workspaceId: string, url: string, config: { include?: string[]; exclude?: string[]; pageLimit?: number } = {}) {
  const db = await getDb();
  return db.transaction((tx) =>
    createConnector(tx, { workspaceId, actorId: "usr_test", kind: "website", name: `Site ${url}`, url, schedule: "daily", config: { ...config, delayMs: 0, classification: "public", language: "en" } }),
  );
}

async function pageSources(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ id: knowledgeSources.id, url: knowledgeSources.canonicalUrl, status: knowledgeSources.status, version: knowledgeSources.currentVersion, retiredAt: knowledgeSources.retiredAt, origin: knowledgeSources.origin, kind: knowledgeSources.kind })
    .from(knowledgeSources)
    .where(eq(knowledgeSources.workspaceId, workspaceId))
    .orderBy(knowledgeSources.canonicalUrl);
}

async function lastSync(connectorId: string) {
  const db = await getDb();
  const [sync] = await db.select().from(knowledgeConnectorSyncs).where(eq(knowledgeConnectorSyncs.connectorId, connectorId)).orderBy(desc(knowledgeConnectorSyncs.startedAt)).limit(1);
  return sync!;
}

function brandSite(origin = "ORIGIN") {
  return {
    "/robots.txt": { body: `User-agent: *\nDisallow: /private\nSitemap: ${origin}/sitemap.xml\n`, contentType: "text/plain" },
    "/sitemap.xml": { body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/about</loc></url><url><loc>${origin}/</loc></url></urlset>`, contentType: "application/xml" },
    "/": { body: htmlPage({ title: "Nordlicht Outdoor", body: "Outdoor gear for the far north, tested in Lapland winters.", links: ["/products?utm_source=nav", "/private/prices", "/about#team", "https://elsewhere.example/page", "/extra"] }) },
    "/about": { body: htmlPage({ title: "About Nordlicht", body: "Founded in Tromsø in 1998 by two mountain guides." }) },
    "/products?utm_source=nav": { body: htmlPage({ title: "Products", body: "Jackets, boots and parkas made to last a decade.", canonical: "/products" }) },
    "/extra": { body: htmlPage({ title: "Extra", body: "A seasonal page about the summer collection." }) },
    "/private/prices": { body: htmlPage({ title: "Dealer prices", body: "Internal dealer prices." }) },
  };
}

async function startBrandSite() {
  const started = await site({});
  for (const [path, page] of Object.entries(brandSite(started.origin))) started.pages.set(path, page);
  return started;
}

// Crawl, ingestion (local embedder) and several syncs per test: generous limits for a shared, loaded machine.
describe("website connector", { timeout: 120_000 }, () => {
  it("finds pages through the sitemap and links, obeys robots.txt, and indexes each page as a web page source", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);

    const sources = await pageSources(workspace.id);
    expect(sources.map((s) => s.url)).toEqual([`${website.origin}/`, `${website.origin}/about`, `${website.origin}/extra`, `${website.origin}/products`]);
    expect(sources.every((s) => s.status === "ready" && s.origin === "website" && s.kind === "published_page" && s.version === 1)).toBe(true);
    // robots.txt was read first and its Disallow kept the crawler out; other hosts are never fetched.
    expect(website.requests[0]?.path).toBe("/robots.txt");
    expect(website.requests.some((r) => r.path.startsWith("/private"))).toBe(false);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", added: 4, changed: 0, removed: 0, failed: 0 });
  });

  it("answers unchanged pages with 304, re-indexes a changed page as a new version, and retires removed pages", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);
    const db = await getDb();

    website.pages.set("/about", { body: htmlPage({ title: "About Nordlicht", body: "Founded in Tromsø in 1998; now 40 people in three countries." }) });
    website.pages.set("/products?utm_source=nav", { status: 410 });
    // /extra is no longer linked from the home page; the home page's markup changes but not its text.
    website.pages.set("/", { body: htmlPage({ title: "Nordlicht Outdoor", body: "Outdoor gear for the far north, tested in Lapland winters.", links: ["/products?utm_source=nav", "/about"] }).replace("© Test brand", "© 2027 Test brand") });
    website.requests.length = 0;
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "second" });
    await runIngestion(workspace.id);

    expect(website.requests.find((r) => r.path === "/about")).toMatchObject({ conditional: true, status: 200 });
    expect(website.requests.find((r) => r.path === "/")).toMatchObject({ conditional: true, status: 200 });
    const sources = await pageSources(workspace.id);
    const byUrl = (path: string) => sources.find((s) => s.url === `${website.origin}${path}`)!;
    expect(byUrl("/about")).toMatchObject({ version: 2, status: "ready", retiredAt: null });
    expect(byUrl("/")).toMatchObject({ version: 1, retiredAt: null });
    expect(byUrl("/products").retiredAt).not.toBeNull();
    expect(byUrl("/extra").retiredAt).not.toBeNull();
    const versions = await db.select({ version: knowledgeSourceVersions.version }).from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.sourceId, byUrl("/about").id));
    expect(versions).toHaveLength(2);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", added: 0, changed: 1, unchanged: 1, removed: 2, failed: 0 });
    expect(sync.report.map((c) => `${c.change} ${new URL(c.url).pathname}`).sort()).toEqual(["changed /about", "removed /extra", "removed /products"]);

    // Nothing changed since: every page is answered 304 and nothing is written.
    website.requests.length = 0;
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "third" });
    await runIngestion(workspace.id);
    expect(website.requests.filter((r) => r.path === "/" || r.path === "/about").map((r) => r.status)).toEqual([304, 304]);
    expect(await lastSync(connectorId)).toMatchObject({ added: 0, changed: 0, unchanged: 2, removed: 0 });
  });

  it("keeps going when one page fails, and reports it", async () => {
    const website = await site({
      "/": { body: htmlPage({ title: "Home", body: "Welcome to the test brand's home page.", links: ["/broken", "/fine", "/pdf"] }) },
      "/broken": { status: 500 },
      "/fine": { body: htmlPage({ title: "Fine", body: "This page works and has real text on it." }) },
      "/pdf": { body: "%PDF-1.4", contentType: "application/pdf" },
    });
    const workspace = await intranetWorkspace();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", added: 2, failed: 2 });
    expect(sync.report.filter((c) => c.change === "failed").map((c) => c.reason).sort()).toEqual(["HTTP 500", "Not an HTML page (application/pdf)."]);
  });

  it("retires nothing it merely did not reach when a page failed (a passing outage of the home page)", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);
    website.pages.set("/", { status: 503 });
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "outage" });
    await runIngestion(workspace.id);
    expect(await lastSync(connectorId)).toMatchObject({ status: "succeeded", failed: 1, removed: 0 });
    expect((await pageSources(workspace.id)).filter((s) => s.retiredAt)).toEqual([]);

    // The whole site down: the sync fails and still retires nothing.
    for (const path of ["/", "/about", "/extra", "/products?utm_source=nav"]) website.pages.set(path, { status: 503 });
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "down" });
    await runIngestion(workspace.id);
    expect(await lastSync(connectorId)).toMatchObject({ status: "failed", error: "No page of the site could be fetched; nothing was retired." });
    expect((await pageSources(workspace.id)).filter((s) => s.retiredAt)).toEqual([]);
  });

  it("applies include and exclude patterns and the page limit", async () => {
    const website = await site({
      "/": { body: htmlPage({ title: "Home", body: "The home page links to the blog and the shop.", links: ["/blog/one", "/blog/two", "/blog/drafts/x", "/shop"] }) },
      "/blog/one": { body: htmlPage({ title: "One", body: "The first blog post, about waxing skis." }) },
      "/blog/two": { body: htmlPage({ title: "Two", body: "The second blog post, about tents in wind." }) },
      "/blog/drafts/x": { body: htmlPage({ title: "Draft", body: "A draft that should never be crawled." }) },
      "/shop": { body: htmlPage({ title: "Shop", body: "The shop page is not part of this connector." }) },
    });
    const workspace = await intranetWorkspace();
    await addWebsite(workspace.id, `${website.origin}/`, { include: ["/", "/blog/*"], exclude: ["/blog/drafts/*"], pageLimit: 2 });
    await runIngestion(workspace.id);
    const paths = (await pageSources(workspace.id)).map((s) => new URL(s.url!).pathname);
    expect(paths).toEqual(["/", "/blog/one"]);
    expect(website.requests.some((r) => r.path === "/shop" || r.path.includes("drafts"))).toBe(false);
  });
});

describe("redirects under the crawl's rules", { timeout: 120_000 }, () => {
  it("skips a page that now redirects to an excluded URL, says why, and retires what was indexed from it", async () => {
    const website = await site({
      "/": { body: htmlPage({ title: "Home", body: "The home page links to an article and a moved page.", links: ["/article", "/old"] }) },
      "/article": { body: htmlPage({ title: "Article", body: "An article that stays where it is." }) },
      "/old": { body: htmlPage({ title: "Old", body: "A page that will soon move into the drafts." }) },
      "/drafts/old": { body: htmlPage({ title: "Draft", body: "Draft text the editor excluded from the connector." }) },
    });
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`, { exclude: ["/drafts/*"] });
    await runIngestion(workspace.id);
    expect((await pageSources(workspace.id)).map((s) => new URL(s.url!).pathname)).toEqual(["/", "/article", "/old"]);

    website.pages.set("/old", { redirect: "/drafts/old", status: 301 });
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "moved" });
    await runIngestion(workspace.id);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", added: 0, removed: 1, failed: 0 });
    expect(sync.report.map((c) => [c.change, new URL(c.url).pathname, c.reason])).toEqual(
      expect.arrayContaining([
        ["skipped", "/old", "It redirects to a URL the connector's patterns exclude."],
        ["removed", "/old", "The page now redirects outside the connector's rules."],
      ]),
    );
    const sources = await pageSources(workspace.id);
    expect(sources.some((s) => s.url!.includes("/drafts/"))).toBe(false);
    expect(sources.find((s) => s.url === `${website.origin}/old`)?.retiredAt).not.toBeNull();
  });
});

describe("a redirect that would have retired the site", { timeout: 120_000 }, () => {
  it("fails the sync and retires nothing when the start URL now redirects to another host", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);
    expect((await pageSources(workspace.id)).filter((s) => !s.retiredAt)).toHaveLength(4);

    // example.com → www.example.com: here to another site under the name localhost, another host for the crawl's rules.
    const www = await site({ "/": { body: htmlPage({ title: "Nordlicht Outdoor", body: "The same brand under its www name." }) } });
    website.pages.set("/", { redirect: `${www.origin.replace("127.0.0.1", "localhost")}/`, status: 301 });
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "www" });
    await runIngestion(workspace.id);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "failed", removed: 0 });
    expect(sync.error).toMatch(/^The start URL was not crawled: It redirects to another host\. .*nothing was retired\.$/);
    expect((await pageSources(workspace.id)).filter((s) => s.retiredAt)).toEqual([]);
  });

  it("retires only the skipped page itself, not the pages the crawl no longer found, when a page redirects away", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);

    // /about now sends visitors to a login on another host, and the home page no longer links /extra.
    const sso = await site({ "/login": { body: htmlPage({ title: "Sign in", body: "Sign in to continue." }) } });
    website.pages.set("/about", { redirect: `${sso.origin.replace("127.0.0.1", "localhost")}/login`, status: 302 });
    website.pages.set("/", { body: htmlPage({ title: "Nordlicht Outdoor", body: "Outdoor gear for the far north, tested in Lapland winters.", links: [] }) });
    await requestConnectorSync(db, { workspaceId: workspace.id, connectorId, requestKey: "login" });
    await runIngestion(workspace.id);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", removed: 1 });
    expect(sync.report.filter((c) => c.change === "removed").map((c) => new URL(c.url).pathname)).toEqual(["/about"]);
    const retired = (await pageSources(workspace.id)).filter((s) => s.retiredAt).map((s) => new URL(s.url!).pathname);
    expect(retired).toEqual(["/about"]);
  });
});

describe("the sync lock during a long sitemap phase", { timeout: 120_000 }, () => {
  it("renews syncing_since and the job lease after each sitemap file (gzip ones included)", async () => {
    const urlset = (path: string) => `<?xml version="1.0"?><urlset><url><loc>ORIGIN${path}</loc></url></urlset>`;
    const website = await site({ "/a": { body: htmlPage({ title: "A", body: "Page A, listed in the first sitemap." }) }, "/b": { body: htmlPage({ title: "B", body: "Page B, listed in the gzip sitemap." }) } });
    const origin = website.origin;
    website.pages.set("/robots.txt", { body: `Sitemap: ${origin}/sitemap_index.xml\n`, contentType: "text/plain" });
    website.pages.set("/sitemap_index.xml", { body: `<?xml version="1.0"?><sitemapindex><sitemap><loc>${origin}/sitemap-1.xml</loc></sitemap><sitemap><loc>${origin}/sitemap-2.xml.gz</loc></sitemap></sitemapindex>`, contentType: "application/xml" });
    website.pages.set("/sitemap-1.xml", { body: urlset("/a").replace("ORIGIN", origin), contentType: "application/xml" });
    website.pages.set("/sitemap-2.xml.gz", { body: gzipSync(urlset("/b").replace("ORIGIN", origin)), contentType: "application/gzip" });
    website.pages.set("/", { body: htmlPage({ title: "Home", body: "The home page of a site mostly found through sitemaps." }) });
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${origin}/`);

    // While the first sitemap is read, the lock is made to look two hours old (a long sitemap phase, compressed);
    // when the next one is asked for, the sync must have renewed it, or another sync could take the connector over.
    const lockAge = () => db.select({ since: knowledgeConnectors.syncingSince }).from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connectorId)).then(([row]) => row!.since);
    let lockWhenSecondSitemapAsked: Date | null = null;
    let keepAlivesBeforePages: number | null = null;
    let keepAlives = 0;
    website.onRequest = async (path) => {
      if (path === "/sitemap-1.xml") await db.update(knowledgeConnectors).set({ syncingSince: new Date(Date.now() - 2 * 3600_000) }).where(eq(knowledgeConnectors.id, connectorId));
      if (path === "/sitemap-2.xml.gz") lockWhenSecondSitemapAsked = await lockAge();
      if ((path === "/a" || path === "/b" || path === "/") && keepAlivesBeforePages === null) keepAlivesBeforePages = keepAlives;
    };
    const outcome = await runConnectorSync(db, { workspaceId: workspace.id, connectorId, trigger: "manual", keepAlive: () => void keepAlives++ });
    expect(outcome.status).toBe("succeeded");
    expect(lockWhenSecondSitemapAsked!.getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(keepAlivesBeforePages).toBeGreaterThanOrEqual(2);
    // The gzip sitemap was read through the real client: its page was indexed.
    const sync = await lastSync(connectorId);
    expect(sync.report.filter((c) => c.change === "added").map((c) => new URL(c.url).pathname).sort()).toEqual(["/", "/a", "/b"]);
  });
});

describe("website connector safety", () => {
  // A made-up name the test resolves to loopback, as a hostile DNS record would.
  const loopbackResolver: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];

  it("refuses a start URL whose name resolves to loopback, without sending it a request", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace(false);
    const db = await getDb();
    const port = new URL(website.origin).port;
    const { connectorId } = await db.transaction((tx) =>
      createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "website", name: "Intranet", url: `http://intranet.brand.test:${port}/`, schedule: "manual", config: { classification: "public", language: null } }),
    );
    const outcome = await runConnectorSync(db, { workspaceId: workspace.id, connectorId, trigger: "manual", resolver: loopbackResolver });
    expect(outcome).toMatchObject({ status: "failed" });
    expect((outcome as { error: string }).error).toMatch(/intranet\.brand\.test resolves to a loopback address/);
    expect(website.requests).toHaveLength(0);
    expect(await pageSources(workspace.id)).toHaveLength(0);
  });

  it("refuses a literal private start URL when the workspace does not allow private networks", async () => {
    const workspace = await intranetWorkspace(false);
    const db = await getDb();
    await expect(
      db.transaction((tx) => createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "website", name: "Router", url: "http://192.168.1.1/", schedule: "manual", config: { classification: "public", language: null } })),
    ).rejects.toMatchObject({ code: "invalid_input", messageKey: "knowledge.connectorUrlBlocked", message: expect.stringMatching(/private, loopback/) });
  });

  it("under OUTBOUND_PRIVATE_NETWORKS=never refuses a private start URL even where the workspace allows private networks, without sending the member to an admin", async () => {
    const workspace = await intranetWorkspace(true);
    const db = await getDb();
    const instancePolicy = env.outboundPrivateNetworks;
    env.outboundPrivateNetworks = { mode: "never" };
    try {
      await expect(
        db.transaction((tx) => createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "website", name: "Router", url: "http://192.168.1.1/", schedule: "manual", config: { classification: "public", language: null } })),
      ).rejects.toMatchObject({ code: "invalid_input", messageKey: "knowledge.connectorUrlBlockedByInstance", message: expect.not.stringMatching(/admin/i) });
    } finally {
      env.outboundPrivateNetworks = instancePolicy;
    }
  });

  it("refuses a redirect to the metadata address or to an IPv4-mapped loopback, even with private networks allowed", async () => {
    const website = await site({
      "/": { body: htmlPage({ title: "Home", body: "Links to pages that redirect somewhere they must not.", links: ["/meta", "/mapped", "/ok"] }) },
      "/meta": { redirect: "http://169.254.169.254/latest/meta-data/" },
      "/mapped": { redirect: "http://[::ffff:127.0.0.1]/" },
      "/ok": { body: htmlPage({ title: "OK", body: "A normal page that should be indexed fine." }) },
    });
    const workspace = await intranetWorkspace();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    await runIngestion(workspace.id);
    const sync = await lastSync(connectorId);
    expect(sync).toMatchObject({ status: "succeeded", added: 2, failed: 2 });
    const reasons = Object.fromEntries(sync.report.filter((c) => c.change === "failed").map((c) => [new URL(c.url).pathname, c.reason]));
    expect(reasons["/meta"]).toMatch(/link-local/);
    expect(reasons["/mapped"]).toMatch(/embeds an IPv4 address/);
  });
});

describe("connector sync lock", () => {
  it("skips a second sync of a connector that is syncing", async () => {
    const website = await startBrandSite();
    const workspace = await intranetWorkspace();
    const db = await getDb();
    const { connectorId } = await addWebsite(workspace.id, `${website.origin}/`);
    const [first, second] = await Promise.all([
      runConnectorSync(db, { workspaceId: workspace.id, connectorId, trigger: "manual" }),
      runConnectorSync(db, { workspaceId: workspace.id, connectorId, trigger: "manual" }),
    ]);
    expect([first.status, second.status].sort()).toEqual(["skipped", "succeeded"]);
    const syncs = await db.select().from(knowledgeConnectorSyncs).where(and(eq(knowledgeConnectorSyncs.workspaceId, workspace.id), eq(knowledgeConnectorSyncs.connectorId, connectorId)));
    expect(syncs).toHaveLength(1);
  });
});
