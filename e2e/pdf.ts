import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { screenshotDir } from './screenshots';
import { repoRoot } from './server';

/**
 * Draws page 1 of a PDF with PDF.js (its worker in the same thread) on a canvas in a blank page of
 * the context, saves it as `tmp/screenshots/<name>.png` to look at, and answers the page count and
 * page 1's text (one drawn string per line).
 */
export async function renderFirstPage(context: BrowserContext, pdf: Buffer, name: string): Promise<{ pages: number; text: string }> {
  const viewer = await context.newPage();
  await viewer.setViewportSize({ width: 1000, height: 1400 });
  const dataUrl = (file: string) => `data:text/javascript;base64,${fs.readFileSync(path.join(repoRoot, 'node_modules/pdfjs-dist/build', file)).toString('base64')}`;
  const result = await viewer.evaluate<{ pages: number; text: string }>(`(async () => {
    await import(${JSON.stringify(dataUrl('pdf.worker.min.mjs'))});
    const pdfjs = await import(${JSON.stringify(dataUrl('pdf.min.mjs'))});
    const bytes = Uint8Array.from(atob(${JSON.stringify(pdf.toString('base64'))}), (c) => c.charCodeAt(0));
    const doc = await pdfjs.getDocument({ data: bytes }).promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1.6 });
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    document.body.style.margin = '0';
    document.body.append(canvas);
    await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const text = (await first.getTextContent()).items.map((item) => item.str).join('\\n');
    return { pages: doc.numPages, text };
  })()`);
  fs.mkdirSync(screenshotDir, { recursive: true });
  await viewer.locator('canvas').screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  await viewer.close();
  return result;
}
