import { monthSchema, type DashboardQuery } from '#contracts/dashboards';
import type { Locale, TimeZone } from '#contracts/common';
import { intlLocale, todayIn } from '../../lib/format';

/** `2024-08` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The current month in the user's time zone. */
export function currentMonth(timeZone: TimeZone, now: Date = new Date()): string {
  return todayIn(timeZone, now).slice(0, 7);
}

export type PeriodPreset = 'last12' | 'thisYear' | 'lastYear';

/** The months a preset names; the default view is the last 12 months, this month included. */
export function presetPeriod(preset: PeriodPreset, timeZone: TimeZone): DashboardQuery {
  const month = currentMonth(timeZone);
  const year = Number(month.slice(0, 4));
  switch (preset) {
    case 'last12':
      return { from: addMonths(month, -11), to: month };
    case 'thisYear':
      return { from: `${year}-01`, to: month };
    case 'lastYear':
      return { from: `${year - 1}-01`, to: `${year - 1}-12` };
  }
}

/** The period in the address (`?from=2024-01&to=2024-12`) when it is valid, else the default. */
export function periodFromSearch(search: URLSearchParams, timeZone: TimeZone): DashboardQuery {
  const from = search.get('from');
  const to = search.get('to');
  if (monthSchema.safeParse(from).success && monthSchema.safeParse(to).success && from! <= to!) return { from: from!, to: to! };
  return presetPeriod('last12', timeZone);
}

/** Month names in the interface language: `2024-08` → "Agu 2024" (short) or "Agustus 2024". */
export function monthFormatter(locale: Locale, style: 'short' | 'long' = 'short'): (month: string) => string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { month: style, year: 'numeric', timeZone: 'UTC' });
  return (month) => format.format(new Date(`${month}-01T00:00:00Z`));
}

/** A period as read: "Jan 2024 – Des 2024", or one month alone. */
export function describePeriod(period: DashboardQuery, locale: Locale): string {
  const name = monthFormatter(locale, 'long');
  return period.from === period.to ? name(period.from) : `${name(period.from)} – ${name(period.to)}`;
}
