import { describe, expect, it, vi } from "vitest";

// Titles come from the catalogues; the translator's output does not matter here, only the referrer policy.
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key, getFormatter: async () => ({}) }));

/*
 * Pages whose URL carries a secret (setup token, invitation token, reset token): a link to another
 * site on them must not hand that URL over in the Referer header.
 */
describe("pages opened with a secret link", () => {
  it.each([
    ["/setup?token=…", () => import("./setup/page")],
    ["/invite/[token]", () => import("./invite/[token]/page")],
    ["/reset-password/[token]", () => import("./reset-password/[token]/page")],
  ])("%s sends no referrer", async (_route, load) => {
    const { generateMetadata } = await load();
    expect((await generateMetadata()).referrer).toBe("no-referrer");
    // The first import of a page module pulls in the database layer: seconds on a loaded machine.
  }, 60_000);
});
