import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import type { ConnectorView } from "@/lib/knowledge/connectors/queries";

// The controls call server actions; the list is what is under test here.
vi.mock("./connector-controls", () => ({ ConnectorControls: () => null }));
const { ConnectorList } = await import("./connector-list");
const { SyncHistory } = await import("./sync-history");

type Sync = ConnectorView["history"][number];

function sync(overrides: Partial<Sync> = {}): Sync {
  return {
    id: "sync-1",
    connectorId: "con-1",
    trigger: "schedule",
    status: "succeeded",
    added: 3,
    changed: 0,
    unchanged: 1,
    removed: 1,
    failed: 0,
    report: [
      { url: "https://fjordlys.example/care", change: "added" },
      { url: "https://fjordlys.example/old", change: "removed", reason: "The page is gone (404/410 or noindex)." },
    ],
    error: null,
    startedAt: new Date("2026-03-12T14:03:00Z"),
    finishedAt: new Date("2026-03-12T14:04:00Z"),
    rank: 1,
    ...overrides,
  };
}

function connector(overrides: Partial<ConnectorView> = {}): ConnectorView {
  return {
    id: "con-1",
    kind: "website",
    name: "Fjordlys site",
    url: "https://fjordlys.example/",
    schedule: "daily",
    isPaused: false,
    isSyncing: false,
    nextSyncAt: new Date("2026-03-13T14:03:00Z"),
    lastSyncAt: new Date("2026-03-12T14:04:00Z"),
    progress: { seen: 0, fetched: 0, indexed: 0 },
    pageLimit: 200,
    indexedPages: 1,
    history: [sync()],
    ...overrides,
  } as ConnectorView;
}

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');

describe("ConnectorList", () => {
  it("keeps the English wording the e2e selects by", () => {
    const html = text(renderToStaticMarkup(withIntl(<ConnectorList workspaceId="ws" canWrite={false} connectors={[connector({ indexedPages: 3 })]} />)));
    expect(html).toContain("Websites and feed URLs (1)");
    expect(html).toContain("Fjordlys site (website)");
    expect(html).toContain("3 pages indexed.");
    expect(html).toContain("Every day.");
    expect(html).toContain("3 added, 0 changed, 1 removed, 0 failed, 1 unchanged");
    expect(html).toContain("scheduled");
  });

  it("speaks German: plural, schedule, kind, progress and the time in the reader's format with UTC", () => {
    const html = text(
      renderToStaticMarkup(
        withIntl(<ConnectorList workspaceId="ws" canWrite={false} connectors={[connector({ indexedPages: 1, isSyncing: true, progress: { seen: 12, fetched: 5, indexed: 0 } }), connector({ id: "con-2", kind: "feed_url", name: "Feed", isPaused: true, history: [] })]} />, "de"),
      ),
    );
    expect(html).toContain("Websites und Feed-URLs (2)");
    expect(html).toContain("1 Seite indexiert.");
    expect(html).toContain("Synchronisierung läuft: 5 von 12 Seiten abgerufen.");
    expect(html).toContain("Täglich.");
    expect(html).toMatch(/Nächste Synchronisierung 13\.03\.2026, 14:03 UTC\./);
    expect(html).toContain("Feed (Feed-URL)");
    expect(html).toContain("Pausiert.");
    expect(html).toContain("Noch keine Synchronisierung.");
    expect(html).not.toMatch(/pages|Every|Paused|Next sync/);
  });

  it("shows an empty list in the reader's language", () => {
    expect(text(renderToStaticMarkup(withIntl(<ConnectorList workspaceId="ws" canWrite={false} connectors={[]} />, "de")))).toContain("Noch keine.");
  });
});

describe("SyncHistory", () => {
  it("renders counts and change names from messages but stored reasons and errors as stored", () => {
    const html = text(renderToStaticMarkup(withIntl(<SyncHistory history={[sync({ trigger: "manual" }), sync({ id: "sync-2", error: "robots.txt could not be read.", report: [] })]} />, "de")));
    expect(html).toContain("3 hinzugefügt, 0 geändert, 1 entfernt, 0 fehlgeschlagen, 1 unverändert");
    expect(html).toContain("manuell");
    expect(html).toContain("hinzugefügt: https://fjordlys.example/care");
    expect(html).toContain("entfernt: https://fjordlys.example/old (The page is gone (404/410 or noindex).)");
    expect(html).toContain("Fehlgeschlagen: robots.txt could not be read.");
  });

  it("shows a running sync as running", () => {
    expect(text(renderToStaticMarkup(withIntl(<SyncHistory history={[sync({ status: "running" })]} />)))).toContain("Running…");
  });
});

describe("ConnectorFields", () => {
  it("labels schedules, classifications and languages from messages, keeping the stored values", async () => {
    const { ConnectorFields, DEFAULT_CONNECTOR_FIELDS } = await import("./connector-fields");
    const render = (locale: "en" | "de") =>
      renderToStaticMarkup(withIntl(<ConnectorFields idPrefix="w" urlLabel="URL" urlPlaceholder="https://example.com/" value={DEFAULT_CONNECTOR_FIELDS} onChange={() => {}} />, locale));
    const en = render("en");
    expect(en).toContain('<option value="manual">Only when I click Sync now</option>');
    expect(en).toMatch(/<option value="public"[^>]*>Public<\/option>/);
    const de = render("de");
    expect(de).toContain('<option value="weekly">Wöchentlich</option>');
    expect(de).toContain('<option value="confidential">Vertraulich</option>');
    expect(de).toMatch(/<option value="auto"[^>]*>Automatisch erkennen<\/option>/);
    expect(de).toContain('<option value="en">Englisch</option>');
  });
});
