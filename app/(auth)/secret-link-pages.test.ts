import { describe, expect, it } from "vitest";

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
    const { metadata } = await load();
    expect(metadata.referrer).toBe("no-referrer");
  });
});
