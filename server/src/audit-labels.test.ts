import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from '#contracts/audit';
import { en } from '../../web/src/locales/en';
import { id } from '../../web/src/locales/id';
import { ms } from '../../web/src/locales/ms';

/**
 * The audit page shows a label for every action the server writes. The server's audit event takes
 * only a code of `auditActions` and the Indonesian labels must cover that list (both checked by the
 * types); this test holds the same at run time and catches a code written around the types.
 */
const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** Every code written as a literal `action: '…'` (or a `? '…' : '…'` choice) in the server. */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'seeds'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\baction:\s*([^,}\n]+)/g)) {
      for (const code of m[1]!.matchAll(/'([a-z][a-z-]*(?:\.[a-z-]+)+)'/g)) found.set(code[1]!, path.relative(root, file));
    }
  }
  return found;
}

const key = (action: string) => action.replace(/\./g, '_');

describe('audit action labels', () => {
  it('lists every action code the server writes', () => {
    const written = writtenActions();
    // The scan sees the actions of the main features; if it finds almost nothing it is broken.
    expect(written.size).toBeGreaterThan(50);
    const listed = new Set<string>(auditActions);
    const unlisted = [...written].filter(([code]) => !listed.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it.each([
    ['id', id],
    ['en', en],
    ['ms', ms],
  ])('has a label in %s for every listed action, and none for others', (_, messages) => {
    const labels: Record<string, string> = messages.audit.actions;
    const missing = auditActions.filter((action) => !labels[key(action)]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(labels).sort()).toEqual(auditActions.map(key).sort());
  });

  it('has no code twice', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
  });
});
