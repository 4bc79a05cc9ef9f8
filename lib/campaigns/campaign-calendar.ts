import { toDayNumber } from "@/lib/kpi/metrics/period";

export type CampaignState = "planned" | "running" | "ended";

export const CAMPAIGN_STATE_LABELS: Record<CampaignState, string> = { planned: "Planned", running: "Running", ended: "Ended" };

/** Today as an ISO date in UTC, the calendar every stored date of the app is in. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Where a campaign stands on `today` by its dates alone: both its first and its last day count as running. */
export function campaignState(campaign: { startsOn: string; endsOn: string }, today: string): CampaignState {
  if (today < campaign.startsOn) return "planned";
  if (today > campaign.endsOn) return "ended";
  return "running";
}

export type CalendarMarkerKind = "start" | "end" | "offer-end" | "today";

export type CalendarMarker = {
  kind: CalendarMarkerKind;
  date: string;
  label: string;
  /** The offer's code on an "offer-end" marker, so the page can name it in the member's language. */
  offerCode?: string;
  /** Place on the strip, 0 (its first day) to 1 (its last day). */
  position: number;
};

export type CampaignCalendar = {
  from: string;
  to: string;
  /** Every marker in date order (start before an offer end on the same day, today last), which the page reads out as a list. */
  markers: CalendarMarker[];
  /** Where today lies when it is outside the strip (the strip is not stretched to reach it). */
  todayOutside: "before" | "after" | null;
};

const ORDER: Record<CalendarMarkerKind, number> = { start: 0, "offer-end": 1, end: 2, today: 3 };

/**
 * The campaign's calendar strip: from its start to its end or its last offer's end, whichever is
 * later (an offer may run past the campaign). Today gets a marker when it falls on the strip.
 */
export function buildCampaignCalendar(
  campaign: { startsOn: string; endsOn: string },
  offers: readonly { code: string; validUntil: string }[],
  today: string,
): CampaignCalendar {
  const from = campaign.startsOn;
  const to = [campaign.endsOn, ...offers.map((offer) => offer.validUntil)].reduce((latest, date) => (date > latest ? date : latest));
  const span = Math.max(1, toDayNumber(to) - toDayNumber(from));
  const position = (date: string) => Math.min(1, Math.max(0, (toDayNumber(date) - toDayNumber(from)) / span));
  const markers: CalendarMarker[] = [
    { kind: "start", date: campaign.startsOn, label: "Campaign starts", position: 0 },
    { kind: "end", date: campaign.endsOn, label: "Campaign ends", position: position(campaign.endsOn) },
    ...offers.map((offer) => ({ kind: "offer-end" as const, date: offer.validUntil, label: `Offer ${offer.code} ends`, offerCode: offer.code, position: position(offer.validUntil) })),
  ];
  const todayOutside = today < from ? "before" : today > to ? "after" : null;
  if (todayOutside === null) markers.push({ kind: "today", date: today, label: "Today", position: position(today) });
  markers.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind] || a.label.localeCompare(b.label));
  return { from, to, markers, todayOutside };
}

/** Days from `from` to `to` inclusive: a campaign from 1 to 31 March runs 31 days. */
export function campaignDays(campaign: { startsOn: string; endsOn: string }): number {
  return toDayNumber(campaign.endsOn) - toDayNumber(campaign.startsOn) + 1;
}
