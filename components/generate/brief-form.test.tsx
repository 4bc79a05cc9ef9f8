import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import { BriefForm } from "./brief-form";
import type { CampaignChoice } from "./campaign-choice";

const products = [{ id: "src_1", title: "Fjell Hardshell-Jacke Damen", category: "Jacken", url: "https://shop.example/fjell" }];
const campaign: CampaignChoice = {
  id: "cmp_1",
  code: "spring",
  name: "Frühling",
  startsOn: "2026-03-01",
  endsOn: "2026-04-30",
  languages: ["de", "en"],
  persona: { name: "Pendler", audience: "Pendler:innen" },
  landingPages: [],
  offers: [{ code: "SPRING10", value: "10 %", conditions: "", validUntil: "2026-04-30" }],
};

function render(locale: "en" | "de") {
  return renderToStaticMarkup(
    withIntl(<BriefForm products={products} campaigns={[campaign]} initial={{ productSourceId: null, topic: "", audience: "", goal: "", tone: "", keywords: "a, b", language: "de", assetKinds: [], campaignId: "cmp_1", landingPageUrl: "", offerCode: "" }} busy={false} onGenerate={() => {}} onStop={() => {}} />, locale),
  );
}

describe("BriefForm", () => {
  it("keeps today's English labels", () => {
    const html = render("en");
    for (const text of ["Brief", "Topic", "Keywords (comma-separated, up to 10)", "2 of 10 keywords", "Channels", "Google responsive search ad", "No product (topic only)", "Runs in German and English.", "until 2026-04-30"]) expect(html).toContain(text);
  });

  it("renders in German, with the brief's content language still a choice of its own", () => {
    const html = render("de");
    for (const text of ["Briefing", "Thema", "Keywords (durch Kommas getrennt, bis zu 10)", "2 von 10 Keywords", "Kanäle", "Responsive Google-Suchanzeige", "Kein Produkt (nur Thema)", "Läuft auf Deutsch und Englisch.", "bis 2026-04-30", "Generieren"]) expect(html).toContain(text);
    for (const english of ["Topic", "Channels", "Keywords (comma", "No product", "Runs in", "Generate<"]) expect(html).not.toContain(english);
    // The campaign's name and the offer code are the workspace's own words, shown as written.
    expect(html).toContain("Frühling");
    expect(html).toContain("SPRING10");
  });
});
