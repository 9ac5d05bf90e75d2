import { expect } from 'vitest';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now. The script is
 * evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not govern.
 */
export async function axeViolations(p: Page): Promise<string[]> {
  const options = {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
  };
  await p.evaluate(axe.source);
  // Evaluated as text: the e2e project compiles without the DOM library.
  const result = await p.evaluate<axe.AxeResults>(`axe.run(document, ${JSON.stringify(options)})`);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fails the test with the list of violations, naming what was checked. */
export async function expectAccessible(p: Page, what: string): Promise<void> {
  expect(await axeViolations(p), what).toEqual([]);
}
