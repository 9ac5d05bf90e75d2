import type { Locale, TimeZone } from '#contracts/common';

// British English writes day before month, as readers in Indonesia and Malaysia expect.
const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' };

/** Both zones are fixed offsets (no daylight saving), so a date's bounds are simple to state. */
const utcOffset: Record<TimeZone, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Kuala_Lumpur': '+08:00' };

/** The abbreviations people on both sides of the border write after a time. */
const zoneAbbreviation: Record<TimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Kuala_Lumpur': 'MYT' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, timeZone: TimeZone, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** A stored UTC instant shown in the user's time zone, e.g. "28 Nov 2026, 06.30 WIB". */
export function formatDateTime(iso: string, locale: Locale, timeZone: TimeZone): string {
  return `${dateTimeFormat(locale, timeZone, true).format(new Date(iso))} ${zoneAbbreviation[timeZone]}`;
}

export function formatDate(iso: string, locale: Locale, timeZone: TimeZone): string {
  return dateTimeFormat(locale, timeZone, false).format(new Date(iso));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** The instant a calendar day (YYYY-MM-DD) starts in the time zone, as an ISO date-time. */
export function startOfDay(date: string, timeZone: TimeZone): string {
  return `${date}T00:00:00.000${utcOffset[timeZone]}`;
}

/** The last instant of a calendar day in the time zone, as an ISO date-time. */
export function endOfDay(date: string, timeZone: TimeZone): string {
  return `${date}T23:59:59.999${utcOffset[timeZone]}`;
}
