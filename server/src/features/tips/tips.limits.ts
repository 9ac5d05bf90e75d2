import crypto from 'node:crypto';

/**
 * Fixed-window counters held only in memory. Clients are keyed by an HMAC of their address under
 * a random key that lives in this process and is replaced with every window, so neither the
 * address nor a stable hash of it is ever stored, logged or comparable across windows.
 */
export class WindowLimiter {
  private key = crypto.randomBytes(32);
  private windowStart = 0;
  private perClient = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly limits: { perClient: number; total: number; windowMs: number; maxClients?: number },
  ) {}

  private roll(now: number): void {
    if (now - this.windowStart < this.limits.windowMs) return;
    this.windowStart = now - (now % this.limits.windowMs);
    this.key = crypto.randomBytes(32);
    this.perClient.clear();
    this.total = 0;
  }

  private clientKey(client: string): string {
    return crypto.createHmac('sha256', this.key).update(client).digest('base64url');
  }

  /** True when the client (and the whole system) is still under its limit; does not count. */
  allows(client: string, now: number): boolean {
    this.roll(now);
    if (this.total >= this.limits.total) return false;
    return (this.perClient.get(this.clientKey(client)) ?? 0) < this.limits.perClient;
  }

  /** Counts one event for the client. */
  hit(client: string, now: number): void {
    this.roll(now);
    this.total++;
    const key = this.clientKey(client);
    // A flood of distinct addresses must not grow memory without bound: past the cap, the
    // per-client view is dropped and only the system-wide count protects.
    if (!this.perClient.has(key) && this.perClient.size >= (this.limits.maxClients ?? 100_000)) this.perClient.clear();
    this.perClient.set(key, (this.perClient.get(key) ?? 0) + 1);
  }

  /** Counts and answers in one step: false means the event is over the limit (and not counted). */
  take(client: string, now: number): boolean {
    if (!this.allows(client, now)) return false;
    this.hit(client, now);
    return true;
  }
}
