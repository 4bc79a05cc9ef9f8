/**
 * The languages the user interface speaks. Independent of the language of generated content, which every brief
 * chooses on its own (a German-speaking marketer writes English ads and the other way round).
 */
export const UI_LOCALES = ["en", "de"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_UI_LOCALE: UiLocale = "en";

/** Set by the language switcher for people who are not signed in (and mirrored for those who are). */
export const LOCALE_COOKIE = "bp_locale";

/** Each language named in itself, so a person who cannot read the current UI still finds theirs. */
export const LOCALE_SELF_NAMES: Record<UiLocale, string> = { en: "English", de: "Deutsch" };

/**
 * Times are shown in one zone for everybody: pages render on the server, and a zone that depended on the browser
 * would make the server's and the browser's HTML differ. The zone's name is printed next to every time.
 */
export const UI_TIME_ZONE = "UTC";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}
