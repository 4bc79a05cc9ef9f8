import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import { sumTotals } from "@/lib/kpi/metrics/sum-totals";
import { campaignKpiFigures } from "@/lib/campaigns/campaign-kpi-metrics";
import { buildCampaignCalendar } from "@/lib/campaigns/campaign-calendar";
import type { CampaignKpis } from "@/lib/campaigns/campaign-kpis";
import { CampaignKpisSection } from "./campaign-kpis-section";
import { CampaignCalendarStrip } from "./campaign-calendar-strip";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;|&rsquo;/g, "’");

function kpisOf(rows: Parameters<typeof sumTotals>[0], extra: Partial<CampaignKpis> = {}): CampaignKpis {
  const totals = sumTotals(rows);
  return { prefix: "spw_pendeln_spring2027", separator: "_", assetUtmCampaigns: [], rows: rows.length, matchedUtmCampaigns: [], firstDate: null, lastDate: null, totals, figures: campaignKpiFigures(totals), ...extra };
}

describe("CampaignKpisSection", () => {
  it("without rows, names the prefix a report's utm_campaign must be or continue", () => {
    const html = renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={kpisOf([])} dashboardHref={null} />));
    expect(text(html)).toContain("No performance data yet: import a report whose utm_campaign is spw_pendeln_spring2027 or starts with spw_pendeln_spring2027_.");
  });

  it("shows a note instead of any figure to a role without kpi:read", () => {
    const html = renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={null} dashboardHref={null} />));
    expect(text(html)).toContain("Performance figures (cost, revenue, CPA, ROAS) are shown to managers and admins.");
    expect(html).not.toContain("campaign-kpi-");
  });

  it("also names its assets' values, and copes with a convention without a campaign prefix", () => {
    const html = renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={kpisOf([], { prefix: "", assetUtmCampaigns: ["fjell_a"] })} dashboardHref={null} />));
    expect(text(html)).toContain("whose utm_campaign is one of this campaign’s assets’ values (fjell_a).");
  });

  it("shows the figures formatted as the dashboard formats them, money per currency", () => {
    const kpis = kpisOf(
      [
        { currency: "EUR", impressions: 1500, clicks: 60, conversions: 3, costMinor: 2500, revenueMinor: 24000 },
        { currency: "CHF", impressions: 500, clicks: 0, conversions: 0, costMinor: 1000, revenueMinor: 0 },
      ],
      { firstDate: "2027-03-02", lastDate: "2027-03-03", matchedUtmCampaigns: [{ value: "spw_pendeln_spring2027_1", rows: 2 }] },
    );
    const html = renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={kpis} dashboardHref="/nordlicht/dashboard" />));
    const tile = (id: string) => text(html.split(`data-testid="campaign-kpi-${id}"`)[1]!.split("</li>")[0]!);
    expect(tile("impressions")).toContain("2,000");
    expect(tile("ctr")).toContain("3.0%");
    expect(tile("cost")).toMatch(/CHF\s10\.00/);
    expect(tile("cost")).toContain("€25.00");
    expect(tile("cpa")).toContain("—");
    expect(tile("roas")).toContain("9.60");
    expect(text(html)).toContain("03/02/2027 – 03/03/2027");
    expect(text(html)).toContain("amounts are never added across currencies");
    expect(html).toContain('href="/nordlicht/dashboard"');
  });
});

describe("CampaignCalendarStrip", () => {
  it("lists every date in order for screen readers and hides the drawn strip from them", () => {
    const calendar = buildCampaignCalendar({ startsOn: "2027-03-01", endsOn: "2027-03-31" }, [{ code: "SPRING15", validUntil: "2027-03-20" }], "2027-03-10");
    const html = renderToStaticMarkup(withIntl(<CampaignCalendarStrip calendar={calendar} />));
    const list = text(html.split('data-testid="calendar-dates"')[1]!);
    expect(list.replace(/[▶▼◆■]/g, "")).toContain("03/01/2027Campaign starts03/10/2027Today03/20/2027Offer SPRING15 ends03/31/2027Campaign ends");
    // Today (day 9 of a 30-day span) is drawn 30 % along the hidden strip.
    expect(html).toMatch(/<div aria-hidden="true"[^>]*>.*style="left:30%" title="Today: 03\/10\/2027"/);
  });
});

describe("campaign sections in German", () => {
  it("names the calendar dates and markers in German with German dates", () => {
    const calendar = buildCampaignCalendar({ startsOn: "2027-03-01", endsOn: "2027-03-31" }, [{ code: "SPRING15", validUntil: "2027-03-20" }], "2027-03-10");
    const html = renderToStaticMarkup(withIntl(<CampaignCalendarStrip calendar={calendar} />, "de"));
    const list = text(html.split('data-testid="calendar-dates"')[1]!);
    expect(list.replace(/[▶▼◆■]/g, "")).toContain("01.03.2027Kampagnenstart10.03.2027Heute20.03.2027Angebot SPRING15 endet31.03.2027Kampagnenende");
  });

  it("formats campaign KPIs with German separators and keeps the restricted note German", () => {
    expect(text(renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={null} dashboardHref={null} />, "de")))).toContain("Performance-Kennzahlen");
    const html = renderToStaticMarkup(withIntl(<CampaignKpisSection kpis={kpisOf([], { prefix: "", assetUtmCampaigns: ["fjell_a"] })} dashboardHref={null} />, "de"));
    expect(text(html)).toContain("Noch keine Performance-Daten");
    expect(text(html)).toContain("(fjell_a).");
  });
});
