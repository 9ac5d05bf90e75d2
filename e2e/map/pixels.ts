import type { Locator, Page } from 'playwright-core';

/** The map's fill colours (web/src/features/map/map-style.ts) and how near a pixel must be to count. */
const reference = {
  water: [0xb9, 0xd6, 0xea],
  kepri: [0xfb, 0xf3, 0xdc],
  malaysia: [0xdd, 0xe8, 0xcf],
} as const;

export interface CanvasColours {
  water: number;
  kepri: number;
  malaysia: number;
  /** Dark pixels: boundary lines and labels. */
  lines: number;
  /** Distinct colours (quantised to 4 bits a channel): a blank canvas has one or two. */
  distinct: number;
}

/**
 * Shares of the element's screenshot in each colour. The screenshot is decoded in the page (no PNG
 * library in the test) from bytes, so the page's CSP, which governs URLs, is not involved.
 */
export async function canvasColours(page: Page, element: Locator): Promise<CanvasColours> {
  const png = (await element.screenshot()).toString('base64');
  // Evaluated as text: the e2e project compiles without the DOM library.
  return page.evaluate<CanvasColours>(`(async () => {
    const reference = ${JSON.stringify(reference)};
    const bytes = Uint8Array.from(atob(${JSON.stringify(png)}), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const near = (i, c) => Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) <= 12;
    const counts = { water: 0, kepri: 0, malaysia: 0, lines: 0 };
    const distinct = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (near(i, reference.water)) counts.water++;
      else if (near(i, reference.kepri)) counts.kepri++;
      else if (near(i, reference.malaysia)) counts.malaysia++;
      else if (data[i] + data[i + 1] + data[i + 2] < 3 * 170) counts.lines++;
      distinct.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    }
    const total = data.length / 4;
    return { water: counts.water / total, kepri: counts.kepri / total, malaysia: counts.malaysia / total, lines: counts.lines / total, distinct: distinct.size };
  })()`);
}
