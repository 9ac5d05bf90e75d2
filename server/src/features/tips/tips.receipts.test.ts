import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { receiptAlphabet, receiptPattern } from '#contracts/tips';
import { compactReceipt, hashReceipt, newReceipt, receiptArgon2, receiptEntropyBits, verifyReceipt } from './tips.receipts';

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
