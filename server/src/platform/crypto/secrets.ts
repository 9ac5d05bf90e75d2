import crypto from 'node:crypto';

/** Encrypts a short text with AES-256-GCM; the result is `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptText(key: Buffer, plaintext: string, associatedData = ''): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptText(key: Buffer, sealed: string, associatedData = ''): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unrecognised encrypted value');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

const sealedBytesVersion = 1;

/**
 * Encrypts bytes (a file) with AES-256-GCM bound to `associatedData` (e.g. the record id, so a
 * ciphertext copied onto another record does not decrypt). Layout: version (1 byte), IV (12),
 * tag (16), ciphertext.
 */
export function encryptBytes(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([sealedBytesVersion]), iv, cipher.getAuthTag(), body]);
}

/** Decrypts what `encryptBytes` sealed; throws when the bytes, key or associated data do not match. */
export function decryptBytes(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  if (sealed.length < 29 || sealed[0] !== sealedBytesVersion) throw new Error('Unrecognised encrypted value');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(sealed.subarray(13, 29));
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
}

export function sha256Hex(value: string | Buffer): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** A random token of `bytes` bytes from the CSPRNG, base64url-encoded. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random Crockford base32 (no I, L, O, U look-alikes), `length` characters, 5 bits each. */
export function randomBase32(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += crockford[crypto.randomInt(32)];
  return out;
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
