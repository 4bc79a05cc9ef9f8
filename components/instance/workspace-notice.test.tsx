import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { describeWorkspaceEvent, type WorkspaceEvent } from "./workspace-notice";
import { WorkspaceNoticeView } from "./workspace-notice-view";

const text = (event: WorkspaceEvent, locale: UiLocale = "en") =>
  renderToStaticMarkup(withIntl(<WorkspaceNoticeView notice={describeWorkspaceEvent("workspaces-table", event)} />, locale))
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'");

describe("instance workspace notices", () => {
  it("says what happened for each action", () => {
    expect(text({ type: "renamed", previousName: "Fjell", name: "Fjellwerk" })).toBe("Renamed Fjell to Fjellwerk.");
    expect(text({ type: "archived", name: "Fjellwerk" })).toMatch(/^Archived Fjellwerk: /);
    expect(text({ type: "restored", name: "Fjellwerk" })).toMatch(/^Restored Fjellwerk: /);
    expect(text({ type: "created", name: "Fjellwerk Kids", slug: "fjellwerk-kids" })).toBe("Created Fjellwerk Kids at /fjellwerk-kids. You are its admin.");
    expect(renderToStaticMarkup(withIntl(<WorkspaceNoticeView notice={describeWorkspaceEvent("create-form", { type: "created", name: "K", slug: "k" })} />))).toContain('href="/k"');
    expect(text({ type: "failed", message: "No." })).toBe("No.");
  });

  it("writes the deletion date in the reader's format", () => {
    const event: WorkspaceEvent = { type: "deletion_requested", name: "Fjellwerk", deletionDueAt: "2027-01-09T03:00:00.000Z" };
    expect(text(event)).toContain("on 01/09/2027");
    expect(text(event, "de")).toContain("am 09.01.2027");
  });
});
