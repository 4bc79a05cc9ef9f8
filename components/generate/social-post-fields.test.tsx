import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { FieldContextProvider } from "./field-context";
import { PostIdentityProvider } from "./post-identity";
import { parseHashtags, SocialPostFields } from "./social-post-fields";
import { cited, instagramPost, linkedInPost, xPost } from "@/lib/testing/assets/validate-fixtures";
import type { SocialPost } from "@/lib/assets/schemas/social-post";

function render(post: SocialPost, locale: UiLocale = "en") {
  return renderToStaticMarkup(
    withIntl(
      <PostIdentityProvider name="Nordlicht Outdoor">
        <FieldContextProvider value={{ idPrefix: "card", issues: [{ path: "hashtags[0]", rule: "brand.hashtag", severity: "error", message: "#Sale is not one of the brand's hashtags: #Fjell." }], sources: [], readOnly: false, streaming: false }}>
          <SocialPostFields post={post} onChange={() => {}} />
        </FieldContextProvider>
      </PostIdentityProvider>,
      locale,
    ),
  );
}

describe("SocialPostFields", () => {
  it("shows a LinkedIn post card with the brand as author, its hashtags and a link card, and the tracked link", () => {
    const html = render(linkedInPost());
    expect(html).toContain('data-testid="post-preview"');
    expect(html).toContain("LinkedIn preview");
    expect(html).toContain("Nordlicht Outdoor");
    expect(html).toMatch(/>N<\/span>/);
    expect(html).toContain("#RainJacket");
    expect(html).toContain('data-testid="post-link-card"');
    expect(html).toContain("utm_medium=social");
    expect(html).toContain('id="card-link-finalUrl"');
  });

  it("cuts a long LinkedIn post at '…see more' and counts the whole post", () => {
    const html = render(linkedInPost({ text: cited(`${"Long opening ".repeat(30)}end.`) }));
    expect(html).toContain("…see more");
    expect(html).toMatch(/Whole post with link and hashtags: .*\/3000 characters/);
  });

  it("shows an Instagram caption with an image slot and no link fields", () => {
    const html = render(instagramPost());
    expect(html).toContain("Instagram preview");
    expect(html).toContain("Your image (not generated)");
    expect(html).not.toContain("post-link-card");
    expect(html).not.toContain("Final URL");
  });

  it("counts an X post as X does and names the hashtag issue at the hashtags field", () => {
    const html = render(xPost({ hashtags: ["Sale"] }));
    expect(html).toContain("@nordlichtoutdoo");
    expect(html).toMatch(/as X counts \(link 23, emoji 2\)/);
    expect(html).toContain("#Sale is not one of the brand&#x27;s hashtags");
  });

  it("labels the post in the member's language and leaves the post itself as written", () => {
    const html = render(linkedInPost({ text: cited(`${"Long opening ".repeat(30)}end.`) }), "de");
    expect(html).toContain("LinkedIn-Vorschau");
    expect(html).toContain("…mehr anzeigen");
    expect(html).toMatch(/Ganzer Post mit Link und Hashtags: .*\/3000 Zeichen/);
    expect(html).toContain("Long opening");
    expect(html).not.toContain("Whole post");
  });
});

describe("parseHashtags", () => {
  it("reads the typed line", () => {
    expect(parseHashtags("#Fjell, RainJacket  #")).toEqual(["Fjell", "RainJacket"]);
  });
});
