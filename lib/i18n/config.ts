/**
 * Locales the interface offers: the six official languages of the United Nations. Nothing else in the
 * code names a language; each has a catalogue in messages/ with exactly the keys of the English one.
 */
export const LOCALES = ["ar", "en", "es", "fr", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

const RTL_LOCALES: readonly string[] = ["ar", "he", "fa", "ur"];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Text direction of a locale, for `<html dir>`. */
export function directionOf(locale: string): "ltr" | "rtl" {
  return RTL_LOCALES.includes(locale.split("-")[0] ?? "") ? "rtl" : "ltr";
}

/** The best supported locale for an Accept-Language header, or the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(tag)) return tag;
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** A locale from next-intl's string (always one of LOCALES in this app), the default otherwise. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A date as a reader of `locale` writes it: United Nations style for English ("31 January 2027", no
 * comma), the locale's long form otherwise ("31 janvier 2027", "2027年1月31日"). Dates are calendar
 * dates (UTC).
 */
export function formatLongDate(date: Date | string, locale: string): string {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const lang = locale.split("-")[0] === "en" ? "en-GB" : locale;
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(d);
}
