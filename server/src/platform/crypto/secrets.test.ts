import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptBytes, encryptBytes } from './secrets';

describe('encryptBytes', () => {
  const key = crypto.randomBytes(32);
  const file = Buffer.from('%PDF-1.7 laporan korban');

  it('round-trips, with a fresh IV each time', () => {
    const a = encryptBytes(key, file, 'att-1');
    const b = encryptBytes(key, file, 'att-1');
    expect(a.equals(b)).toBe(false);
    expect(decryptBytes(key, a, 'att-1').equals(file)).toBe(true);
    expect(a.includes(file)).toBe(false);
  });

  it('refuses another record id, another key or a changed byte', () => {
    const sealed = encryptBytes(key, file, 'att-1');
    expect(() => decryptBytes(key, sealed, 'att-2')).toThrow();
    expect(() => decryptBytes(crypto.randomBytes(32), sealed, 'att-1')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptBytes(key, tampered, 'att-1')).toThrow();
    expect(() => decryptBytes(key, sealed.subarray(0, 10), 'att-1')).toThrow('Unrecognised');
  });

  it('handles an empty file', () => {
    expect(decryptBytes(key, encryptBytes(key, Buffer.alloc(0), 'x'), 'x').length).toBe(0);
  });
});
