import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";
import type { CalendarMarker, CalendarMarkerKind, CampaignCalendar } from "@/lib/campaigns/campaign-calendar";

const SYMBOL: Record<CalendarMarkerKind, { glyph: string; className: string }> = {
  start: { glyph: "▶", className: "text-green-700" },
  end: { glyph: "■", className: "text-slate-800" },
  "offer-end": { glyph: "◆", className: "text-amber-700" },
  today: { glyph: "▼", className: "text-brand-700" },
};

/**
 * The calendar as a strip with markers, for the eye, and the same dates as an ordered list, for
 * everyone: the strip is hidden from screen readers because the list says it all in date order.
 */
export function CampaignCalendarStrip({ calendar }: { calendar: CampaignCalendar }) {
  const t = useTranslations("campaigns.calendar");
  const labels = useCampaignLabels();
  const markerLabel = (marker: CalendarMarker) => {
    switch (marker.kind) {
      case "start":
        return t("start");
      case "end":
        return t("end");
      case "today":
        return t("today");
      case "offer-end":
        return t("offerEnds", { code: marker.offerCode ?? "" });
    }
  };
  return (
    <section aria-labelledby="calendar-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="calendar-heading" className="mb-3 text-lg font-medium">
        {t("heading")}
      </h2>
      <div aria-hidden="true" className="relative mx-3 mb-2 h-8">
        <div className="absolute top-1/2 right-0 left-0 h-1 -translate-y-1/2 rounded bg-slate-200" />
        {calendar.markers.map((marker) =>
          marker.kind === "today" ? (
            <div key={`${marker.kind}-${marker.date}`} className="absolute top-0 h-8 w-0.5 -translate-x-1/2 bg-brand-600" style={{ left: `${marker.position * 100}%` }} title={t("markerTitle", { label: markerLabel(marker), date: labels.day(marker.date) })} />
          ) : (
            <span
              key={`${marker.kind}-${marker.label}-${marker.date}`}
              className={`absolute top-1/2 -translate-x-1/2 -translate-y-1/2 text-sm leading-none ${SYMBOL[marker.kind].className}`}
              style={{ left: `${marker.position * 100}%` }}
              title={t("markerTitle", { label: markerLabel(marker), date: labels.day(marker.date) })}
            >
              {SYMBOL[marker.kind].glyph}
            </span>
          ),
        )}
      </div>
      <ol className="grid gap-1 text-sm" aria-label={t("listLabel")} data-testid="calendar-dates">
        {calendar.markers.map((marker) => (
          <li key={`${marker.kind}-${marker.label}-${marker.date}`} className="flex gap-2">
            <span aria-hidden="true" className={`w-4 text-center ${SYMBOL[marker.kind].className}`}>
              {SYMBOL[marker.kind].glyph}
            </span>
            <time dateTime={marker.date} className="tabular-nums">
              {labels.day(marker.date)}
            </time>
            <span>{markerLabel(marker)}</span>
          </li>
        ))}
      </ol>
      {calendar.todayOutside ? (
        <p className="mt-2 text-sm text-slate-600">{calendar.todayOutside === "before" ? t("todayBefore") : t("todayAfter")}</p>
      ) : null}
    </section>
  );
}
