import { describe, expect, it } from "vitest";
import { assetUtmLink } from "./asset-utm-link";

const utm = { source: "google", medium: "cpc", campaign: "spw_pendeln_spring2027", content: "a", term: null };

describe("assetUtmLink", () => {
  it("builds an ad's tracked link from its final URL and UTM set, as the exports do", () => {
    const link = assetUtmLink({ kind: "google-rsa", finalUrl: "https://nordlicht.example/p/fjell?color=red", utm });
    expect(link).toEqual({
      url: "https://nordlicht.example/p/fjell?color=red&utm_source=google&utm_medium=cpc&utm_campaign=spw_pendeln_spring2027&utm_content=a",
      campaign: "spw_pendeln_spring2027",
    });
  });

  it("finds a UTM set nested in a call to action", () => {
    const link = assetUtmLink({ kind: "email", subject: "Hi", cta: { label: "Shop", url: "https://nordlicht.example/", utm: { ...utm, content: null } } });
    expect(link?.url).toBe("https://nordlicht.example/?utm_source=google&utm_medium=cpc&utm_campaign=spw_pendeln_spring2027");
  });

  it("takes a link that already carries its UTM parameters as it is", () => {
    const url = "https://nordlicht.example/?utm_source=linkedin&utm_medium=social&utm_campaign=spw_pendeln_spring2027";
    expect(assetUtmLink({ kind: "linkedin-post", text: "Ride on", link: url })).toEqual({ url, campaign: "spw_pendeln_spring2027" });
  });

  it("has none for kinds without a tracked link, or a UTM set without a usable URL", () => {
    expect(assetUtmLink({ kind: "seo-page", title: "Fjell", slug: "fjell" })).toBeNull();
    expect(assetUtmLink({ kind: "google-rsa", finalUrl: "/p/fjell", utm })).toBeNull();
    expect(assetUtmLink({ kind: "google-rsa", finalUrl: "https://nordlicht.example/", utm: { ...utm, campaign: "" } })).toBeNull();
    expect(assetUtmLink(null)).toBeNull();
  });
});
