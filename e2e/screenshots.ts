import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './server';

export const screenshotDir = path.join(repoRoot, 'tmp', 'screenshots');

/** Saves the page (whole length on a desktop; the first screen on a phone, as a person sees it). */
export async function screenshot(p: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const width = p.viewportSize()?.width ?? 0;
  await p.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: width >= 1000 });
}
