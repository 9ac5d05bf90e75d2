import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator for synthetic data (never for anything that must not be
 * guessed: use node:crypto for that). sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit
 * state, passes PractRand) seeded from SHA-256 of a text key, so every case of a run draws from its
 * own stream (`<run key>:<case index>`): a case's content depends only on the run's settings and its
 * index, never on batch sizes or on what was generated before it. The same key gives the same
 * numbers on every machine and Node version (only 32-bit integer arithmetic is used).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    const digest = createHash('sha256').update(key).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value, chosen with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** One key of a weights object (`{ A: 40, T: 25 }`), chosen with the given relative weights. */
  weightedKey<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    return this.weighted(Object.entries(weights) as [K, number][]);
  }

  /** One number of a weights object (`{ 1: 55, 2: 24 }`: one 55 times in 79, two 24 times). */
  weightedNumber(weights: Readonly<Record<number, number>>): number {
    return Number(this.weighted(Object.entries(weights)));
  }

  /** `count` distinct items in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((x, y) => x - y).map((i) => items[i]!);
  }

  /** A version-4-shaped UUID made of this stream's bits (unique enough: 122 random bits). */
  uuid(): string {
    const hex = [0, 1, 2, 3].map(() => this.nextUint32().toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
