import argon2 from 'argon2';
import { describe, expect, it, vi } from 'vitest';
import { receiptAlphabet, receiptPattern } from '#contracts/tips';
import {
  compactReceipt,
  hashReceipt,
  newReceipt,
  prepareReceipt,
  receiptArgon2,
  receiptEntropyBits,
  receiptLookup,
  ReceiptStock,
  verifyReceipt,
} from './tips.receipts';

describe('receipt codes', () => {
  it('carry at least 80 bits: 16 characters from a 32-letter alphabet', () => {
    expect(receiptAlphabet).toHaveLength(32);
    expect(new Set(receiptAlphabet).size).toBe(32);
    expect(receiptAlphabet).not.toMatch(/[ILOU]/);
    expect(receiptEntropyBits).toBeGreaterThanOrEqual(80);
  });

  it('are unique, well formed and evenly spread over the alphabet at every position (100,000 codes)', () => {
    const n = 100_000;
    const codes = Array.from({ length: n }, newReceipt);
    expect(new Set(codes).size).toBe(n);
    for (const code of codes.slice(0, 1000)) expect(code).toMatch(receiptPattern);
    const counts = Array.from({ length: 16 }, () => new Array<number>(32).fill(0));
    for (const code of codes) [...compactReceipt(code)].forEach((c, i) => counts[i]![receiptAlphabet.indexOf(c)]!++);
    const expected = n / 32;
    for (const position of counts) {
      const chiSquare = position.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
      // 31 degrees of freedom: above 90 happens by chance far less than once in a million runs.
      expect(chiSquare).toBeLessThan(90);
    }
  });

  it('verify only against their own hash, and a missing hash never verifies', async () => {
    const code = compactReceipt(newReceipt());
    const hash = await hashReceipt(code);
    expect(await verifyReceipt(hash, code)).toBe(true);
    expect(await verifyReceipt(hash, compactReceipt(newReceipt()))).toBe(false);
    expect(await verifyReceipt(null, code)).toBe(false);
  });

  it('are stored as a salted Argon2id hash with the documented parameters (two hashes of one code differ)', async () => {
    const code = compactReceipt(newReceipt());
    const [a, b] = [await hashReceipt(code), await hashReceipt(code)];
    expect(a).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${receiptArgon2.memoryCost},p=1,t=${receiptArgon2.timeCost}\\$`));
    expect(a).not.toBe(b);
    expect(a).not.toContain(code);
  });

  it('issued before the parameters were lightened still verify (the parameters are in each hash)', async () => {
    const code = compactReceipt(newReceipt());
    const old = await argon2.hash(code, { type: argon2.argon2id, memoryCost: 2048, timeCost: 2, parallelism: 1 });
    expect(await verifyReceipt(old, code)).toBe(true);
    expect(await verifyReceipt(old, compactReceipt(newReceipt()))).toBe(false);
  });
});

describe('receipts made ahead (ReceiptStock)', () => {
  /** A stock over a counting maker, with a clock the test moves. */
  function counted(limits = { size: 4, concurrency: 2, maxAgeMs: 60_000 }) {
    let made = 0;
    let now = 1_000_000;
    const stock = new ReceiptStock(
      async () => {
        made++;
        return prepareReceipt(Buffer.alloc(32, 7));
      },
      limits,
      () => now,
    );
    return { stock, made: () => made, advance: (ms: number) => (now += ms) };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('makes nothing until the first report, then fills up to its size in the background', async () => {
    const { stock, made } = counted();
    await settle();
    expect(made()).toBe(0);
    await stock.take();
    await vi.waitFor(() => expect(stock.available).toBe(4));
    expect(made()).toBe(5);
  });

  it('hands each receipt out once, verifiable against its own hash and found by its own lookup key', async () => {
    const { stock } = counted();
    const taken = [];
    for (let i = 0; i < 40; i++) {
      taken.push(await stock.take());
      if (i % 3 === 0) await settle();
    }
    expect(new Set(taken.map((r) => r.receipt)).size).toBe(40);
    expect(new Set(taken.map((r) => r.hash)).size).toBe(40);
    for (const r of taken.slice(0, 5)) {
      expect(r.receipt).toMatch(receiptPattern);
      expect(r.lookup).toBe(receiptLookup(Buffer.alloc(32, 7), compactReceipt(r.receipt)));
      expect(await verifyReceipt(r.hash, compactReceipt(r.receipt))).toBe(true);
    }
  });

  it('drops receipts older than the limit instead of handing them out', async () => {
    let n = 0;
    let now = 0;
    const stock = new ReceiptStock(async () => ({ receipt: `R${++n}`, lookup: '', hash: '' }), { size: 4, concurrency: 2, maxAgeMs: 60_000 }, () => now);
    await stock.take();
    await vi.waitFor(() => expect(stock.available).toBe(4));
    const stocked = n;
    now += 60_001;
    expect(stock.available).toBe(0);
    const fresh = await stock.take();
    expect(Number(fresh.receipt.slice(1))).toBeGreaterThan(stocked);
    await vi.waitFor(() => expect(stock.available).toBe(4));
    now += 59_000;
    expect(Number((await stock.take()).receipt.slice(1))).toBeGreaterThan(stocked);
  });
});
