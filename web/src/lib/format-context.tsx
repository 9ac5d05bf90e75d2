import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZone } from '#contracts/common';
import { formatCalendarDate, formatDate, formatDateTime, formatNumber } from './format';
import { isLocale } from './i18n';

const TimeZoneContext = createContext<TimeZone>('Asia/Jakarta');

/** Makes the signed-in user's time zone the one every date below is shown in. */
export function TimeZoneProvider({ timeZone, children }: { timeZone: TimeZone; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

/** Formatters bound to the interface language and the user's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  const locale = isLocale(i18n.language) ? i18n.language : 'id';
  return useMemo(
    () => ({
      timeZone,
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      date: (iso: string) => formatDate(iso, locale, timeZone),
      day: (date: string) => formatCalendarDate(date, locale),
      number: (value: number) => formatNumber(value, locale),
    }),
    [locale, timeZone],
  );
}
