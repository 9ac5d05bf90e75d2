/**
 * Service-level deadlines in working days (Monday to Friday in Asia/Jakarta, minus the days in
 * `tip_holidays`), in the spirit of SP4N-LAPOR: verified within 3 working days, acted upon within 5.
 */
export const verifyWithinWorkingDays = 3;
export const actWithinWorkingDays = 5;

const jakartaOffsetMs = 7 * 3600_000;

/** `from` plus `days` working days: the same time of day on the n-th working day after `from`. */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string>): Date {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += 86_400_000;
    const local = new Date(t + jakartaOffsetMs);
    const weekday = local.getUTCDay();
    const day = local.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) left--;
  }
  return new Date(t);
}

/** The hour a tip is recorded as received: exact times could tell who sent it. */
export function coarseHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
}

/** The day (UTC date) shown to reporters for their own and staff messages. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);
