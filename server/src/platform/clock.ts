/** The source of "now" for everything that depends on time, so tests can move time forward. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move; for tests of timeouts and deadlines. */
export class FakeClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-15T02:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}
