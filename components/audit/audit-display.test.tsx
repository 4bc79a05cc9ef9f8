import { describe, expect, it } from "vitest";
import type { ReactElement } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import { AuditDetailList, formatDetailValue } from "./audit-detail-list";
import { AuditPager } from "./audit-pager";

const renderToStaticMarkup = (ui: ReactElement) => renderMarkup(withIntl(ui));

describe("AuditDetailList", () => {
  it("shows each detail key as its own wrapping 'key: value' line, not one JSON string", () => {
    const html = renderToStaticMarkup(<AuditDetailList detail={{ reason: "wrong_password", attempts: 3, nested: { a: 1 } }} />);
    expect(html).toContain("<dt");
    expect(html).toMatch(/reason: <\/dt><dd[^>]*>wrong_password<\/dd>/);
    expect(html).toMatch(/attempts: <\/dt><dd[^>]*>3<\/dd>/);
    expect(html).toContain("{&quot;a&quot;:1}");
  });

  it("marks the stored detail as English: it is a language-neutral record, not UI text to translate", () => {
    const html = renderToStaticMarkup(<AuditDetailList detail={{ reason: "unauthorized", message: "The API token was revoked." }} />);
    expect(html).toMatch(/^<dl[^>]* lang="en"/);
  });

  it("shows a dash for an empty detail and for null values", () => {
    expect(renderToStaticMarkup(<AuditDetailList detail={{}} />)).toContain("—");
    expect(formatDetailValue(null)).toBe("—");
  });
});

describe("AuditPager", () => {
  it("keeps the view and filters, replaces the cursor, and offers the way back to the newest page", () => {
    const html = renderToStaticMarkup(<AuditPager params={{ view: "sign-ins", before: "90" }} nextCursor={40} />);
    expect(html).toContain('href="?view=sign-ins&amp;before=40"');
    expect(html).toContain('href="?view=sign-ins"');
  });

  it("renders nothing on a single page", () => {
    expect(renderToStaticMarkup(<AuditPager params={{ action: "members." }} />)).toBe("");
  });
});
