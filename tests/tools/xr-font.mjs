// Writes the one font the in-headset panels use (Inter, medium weight, as an MSDF atlas) into
// public/fonts, made here from Inter's own font file (the inter-ui package) by msdf-bmfont-xml,
// so the panels load nothing from another site. Its letters are every one of the European
// languages written in the Latin or the Cyrillic script (CHARSET below): a person's own words
// show in the headset, whatever their language. A letter outside it shows as a solid box, never
// as nothing. Run after changing the letters or upgrading the font: `npm run xr-font`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import generateBMFont from 'msdf-bmfont-xml';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'public', 'fonts');
const NAME = 'inter-medium';

const range = (from, to) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * ASCII; Latin-1's letters and signs; Latin Extended-A whole (Central and Eastern European, Baltic,
 * Turkish, Maltese, Welsh…); from Latin Extended-B the Romanian comma letters ș ț and the schwa;
 * the Cyrillic of Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian; and the
 * punctuation a sentence in any of those uses (quotes „“ «» ‚‘, dashes, ellipsis, the euro).
 */
const CHARSET = [
  range(0x20, 0x7e),
  range(0xa0, 0xff),
  range(0x100, 0x17f),
  'ȘșȚțƏə',
  range(0x400, 0x45f),
  'ҐґЃѓ',
  '–—‘’‚“”„…‹›€№•·−×',
].join('');

/**
 * Chosen for the entering-VR budget (600 KB): 438 glyphs at 28 px fill one 512 × 512 page, and a
 * distance field stays sharp well above the size it was made at. Written as near-lossless WebP
 * (Debian's `webp` package gives cwebp): a fifth smaller than lossless, edges moved by far less
 * than a pixel.
 */
const SIZE = 28;
const DISTANCE_RANGE = 4;

async function main() {
  const woff2 = readFileSync(require.resolve('inter-ui/web/Inter-Medium.woff2'));
  const ttf = Buffer.from(await decompress(woff2));
  const { textures, font } = await new Promise((resolve, reject) =>
    generateBMFont(
      ttf,
      {
        filename: NAME,
        outputType: 'json',
        charset: CHARSET,
        fontSize: SIZE,
        distanceRange: DISTANCE_RANGE,
        fieldType: 'msdf',
        textureSize: [1024, 1024],
        texturePadding: 2,
        smartSize: true,
        pot: true,
      },
      (error, textures, font) => (error ? reject(error) : resolve({ textures, font })),
    ),
  );
  if (textures.length !== 1)
    throw new Error(`The atlas needs ${textures.length} pages; uikit reads one`);
  const json = JSON.parse(font.data);
  const missing = [...CHARSET].filter((c) => !json.chars.some((g) => g.char === c));
  if (missing.length > 0) throw new Error(`Inter has no glyph for ${missing.join(' ')}`);
  mkdirSync(target, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'foothold-font-'));
  try {
    const png = join(scratch, `${NAME}.png`);
    writeFileSync(png, textures[0].texture);
    const webp = join(target, `${NAME}.webp`);
    execFileSync('cwebp', ['-quiet', '-near_lossless', '60', '-z', '9', png, '-o', webp]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(join(target, `${NAME}.json`), JSON.stringify({ ...json, pages: [`${NAME}.webp`] }));
  writeFileSync(join(target, 'LICENSE'), readFileSync(require.resolve('inter-ui/LICENSE.txt')));
  console.log(
    `Wrote public/fonts/${NAME}.json (${json.chars.length} glyphs) and ${NAME}.webp (${json.common.scaleW}×${json.common.scaleH})`,
  );
}

await main();
