import { describe, expect, it } from 'vitest';
import { receiptAlphabet, receiptPattern } from '#contracts/tips';
import { compactReceipt, hashReceipt, newReceipt, receiptEntropyBits, verifyReceipt } from './tips.receipts';

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
});
