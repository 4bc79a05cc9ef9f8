import { ASSET_KIND_LABELS, ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";

/** A channel (asset kind) in words; a kind this build does not know is shown as stored. */
export function channelLabel(kind: string): string {
  return (ASSET_KINDS as readonly string[]).includes(kind) ? ASSET_KIND_LABELS[kind as AssetKind] : kind;
}

export const LANGUAGE_NAMES: Record<string, string> = { de: "German", en: "English" };

/** "2027-03-01 – 2027-03-31"; ISO dates, as every stored date of the app is shown. */
export function dateRangeLabel(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? startsOn : `${startsOn} – ${endsOn}`;
}

/** "45 min", "3 h 20 min", "2 d 4 h": a median wait, precise enough to compare campaigns; "—" when nothing was measured. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return "—";
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 1) return "under a minute";
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  if (hours < 48) return rounded % 60 === 0 ? `${hours} h` : `${hours} h ${rounded % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
