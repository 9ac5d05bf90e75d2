import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The instance's secrets: a data-encryption key and the key that signs audit checkpoints. */
export interface InstanceKeys {
  encryptionKey: Buffer;
  auditSigningKey: crypto.KeyObject;
  auditVerifyKey: crypto.KeyObject;
}

interface KeyFile {
  version: 1;
  encryptionKey: string;
  auditSigningKeyPem: string;
}

/**
 * Loads the key file, creating it (mode 0600) on first start. Losing it makes encrypted fields
 * unreadable, so back it up separately from the database (docs/OPERATIONS.md).
 */
export function loadOrCreateKeys(file: string): InstanceKeys {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const content: KeyFile = {
      version: 1,
      encryptionKey: crypto.randomBytes(32).toString('base64'),
      auditSigningKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
    fs.writeFileSync(file, JSON.stringify(content, null, 2), { mode: 0o600, flag: 'wx' });
  }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyFile;
  const encryptionKey = Buffer.from(parsed.encryptionKey, 'base64');
  if (encryptionKey.length !== 32) throw new Error(`${file}: encryptionKey must be 32 bytes`);
  const auditSigningKey = crypto.createPrivateKey(parsed.auditSigningKeyPem);
  return { encryptionKey, auditSigningKey, auditVerifyKey: crypto.createPublicKey(auditSigningKey) };
}

/** Keys held only in memory, for tests. */
export function ephemeralKeys(): InstanceKeys {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return { encryptionKey: crypto.randomBytes(32), auditSigningKey: privateKey, auditVerifyKey: publicKey };
}
