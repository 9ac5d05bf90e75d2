import type { Locale, TimeZone } from '#contracts/common';

// British English writes day before month, as readers in Indonesia and Malaysia expect.
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' };

/** Both zones are fixed offsets (no daylight saving), so a date's bounds are simple to state. */
const utcOffset: Record<TimeZone, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Kuala_Lumpur': '+08:00' };

/** The abbreviations people on both sides of the border write after a time. */
const zoneAbbreviation: Record<TimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Kuala_Lumpur': 'MYT' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, timeZone: TimeZone | 'UTC', withTime: boolean): Intl.DateTimeFormat {
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

/**
 * A calendar date (YYYY-MM-DD, e.g. the day a case was reported) as written in the language. It
 * names a day, not an instant, so no time zone moves it.
 */
export function formatCalendarDate(date: string, locale: Locale): string {
  return dateTimeFormat(locale, 'UTC', false).format(new Date(`${date}T00:00:00Z`));
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

/** A wall-clock time typed in the time zone (a datetime-local value, YYYY-MM-DDTHH:mm) as a UTC ISO instant. */
export function instantOf(localDateTime: string, timeZone: TimeZone): string {
  return new Date(`${localDateTime}:00${utcOffset[timeZone]}`).toISOString();
}

/** Today's calendar date (YYYY-MM-DD) in the time zone, e.g. the default day a case is reported. */
export function todayIn(timeZone: TimeZone, now: Date = new Date()): string {
  // Swedish writes dates as YYYY-MM-DD, the ISO form the API takes.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(now);
}
