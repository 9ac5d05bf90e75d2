import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);
// DejaVu Sans (Bitstream Vera licence, npm `dejavu-fonts-ttf`) covers Latin, Greek, Cyrillic,
// arrows and mathematical signs: text typed by users and signs such as → and − print as written,
// not as the standard fonts' WinAnsi would allow.
const fontFile = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

/** Embeds DejaVu Sans and DejaVu Sans Bold, subset to the glyphs the document uses. */
export async function embedUnicodeFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(fontFile('DejaVuSans.ttf'), { subset: true }),
    bold: await doc.embedFont(fontFile('DejaVuSans-Bold.ttf'), { subset: true }),
  };
}
