import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const period = 30;

function totpFor(secretBase32: string, account: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: 'Benteng',
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit TOTP secret, base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function enrolmentDetails(secretBase32: string, account: string) {
  const otpauthUri = totpFor(secretBase32, account).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: secretBase32, otpauthUri, qrSvg };
}

/**
 * Checks a code against the secret, allowing one step of clock drift either way. Returns the time
 * step the code belongs to, or null. A step at or before `lastStep` is refused, so a code is single-use.
 */
export function acceptTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const delta = totpFor(secretBase32, 'x').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The code an authenticator would show at `now` (for tests and the e2e suite). */
export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: now.getTime() });
}
