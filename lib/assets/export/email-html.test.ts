import { describe, expect, it } from "vitest";
import { cited, email } from "@/lib/testing/assets/validate-fixtures";
import { emailHtml } from "./email-html";

describe("emailHtml", () => {
  it("renders a complete table-layout document with the subject, preheader, sections and tracked button", async () => {
    const html = await emailHtml(email());
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('<html dir="ltr" lang="de">');
    expect(html).toContain("<title>Fjell Regenjacke: 20 % Rabatt bis Ende 2026</title>");
    expect(html).toContain("Wasserdicht, leicht und nur 350 g schwer.");
    expect(html).toContain('role="presentation"');
    expect(html).toMatch(/<h2[^>]*>Leicht und wasserdicht<\/h2>/);
    expect(html).toMatch(/<p[^>]*>Die Fjell Regenjacke wiegt 350 g und ist wasserdicht\.<\/p>/);
    expect(html).toMatch(/<p[^>]*>Sie kostet 1\.299,00 €\.<\/p>/);
    expect(html).toContain('href="https://shop.example/fjell?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=fjell_launch_2026&amp;utm_content=email_a"');
    expect(html).toContain("Jetzt ansehen");
  });

  it("keeps the footer's merge tag as a link the sending tool fills in", async () => {
    const html = await emailHtml(email());
    expect(html).toMatch(/<a href="\{\{unsubscribe_url\}\}"[^>]*>\{\{unsubscribe_url\}\}<\/a>/);
    expect(html).toContain("Fjell GmbH, Hafenstraße 1, 20457 Hamburg. Abmelden: ");
  });

  it("escapes every text: a section with markup comes out as text", async () => {
    const html = await emailHtml(
      email({
        subject: cited("Neu & <b>leicht</b>"),
        sections: [{ heading: cited('"Fjell" <script>alert(1)</script>'), body: cited("<img src=x onerror=alert(1)> 350 g") }],
        callToAction: "<script>",
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; 350 g");
    expect(html).toContain("<title>Neu &amp; &lt;b&gt;leicht&lt;/b&gt;</title>");
  });

  it("leaves the button out while the final URL is not absolute", async () => {
    const html = await emailHtml(email({ finalUrl: "fjell" }));
    expect(html).not.toContain("Jetzt ansehen");
  });
});
