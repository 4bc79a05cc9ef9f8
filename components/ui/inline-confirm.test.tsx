import { describe, expect, it } from "vitest";
import type { ReactElement } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import { ConfirmButton, InlineConfirm } from "./inline-confirm";

const renderToStaticMarkup = (ui: ReactElement) => renderMarkup(withIntl(ui));

const noop = () => {};

describe("InlineConfirm", () => {
  it("is a labelled dialog that says what happens, with a confirm and a cancel button", () => {
    const html = renderToStaticMarkup(
      <InlineConfirm question="Retire this source?" consequence="It stops being retrieved." confirmLabel="Confirm retiring" onConfirm={noop} onCancel={noop} testId="retire-source-confirm" />,
    );
    expect(html).toContain('role="dialog"');
    expect(html).toMatch(/aria-labelledby="([^"]+)"[\s\S]*<h3 id="\1"[^>]*>Retire this source\?<\/h3>/);
    expect(html).toContain("It stops being retrieved.");
    expect(html).toContain(">Confirm retiring</button>");
    expect(html).toContain(">Cancel</button>");
    expect(html).toContain('data-testid="retire-source-confirm"');
  });

  it("disables both buttons while the action runs, so it cannot be sent twice", () => {
    const html = renderToStaticMarkup(<InlineConfirm question="Q?" consequence="C." confirmLabel="Go" isPending onConfirm={noop} onCancel={noop} />);
    expect(html.match(/<button[^>]*disabled=""/g)).toHaveLength(2);
  });
});

describe("ConfirmButton", () => {
  it("shows only the opening button at first, never the confirmation or window.confirm", () => {
    const html = renderToStaticMarkup(
      <ConfirmButton label="Revoke" ariaLabel="Revoke invitation to a@b.example" question="Revoke?" consequence="Its link stops working." confirmLabel="Confirm revoking" onConfirm={noop} />,
    );
    expect(html).toContain('aria-label="Revoke invitation to a@b.example"');
    expect(html).toContain(">Revoke</button>");
    expect(html).not.toContain("Confirm revoking");
    expect(html).not.toContain('role="dialog"');
  });

  it("is disabled while its action is pending", () => {
    const html = renderToStaticMarkup(<ConfirmButton label="Archive" question="Archive?" consequence="." confirmLabel="Confirm" isPending onConfirm={noop} />);
    expect(html).toMatch(/<button[^>]*disabled=""/);
  });
});
