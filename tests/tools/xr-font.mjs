// Writes the one font the in-headset panels use (Inter, medium weight, as an MSDF atlas) into
// public/fonts from @pmndrs/msdfonts, so the panels never load the 450 KB all-weights module or
// anything from another site. Run after upgrading the font package: `npm run xr-font`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inter } from '@pmndrs/msdfonts/inter';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'public', 'fonts');
const NAME = 'inter-medium';

const font = inter.medium;
const [page] = font.pages;
const match = /^data:image\/(\w+);base64,(.+)$/.exec(page ?? '');
if (!match) throw new Error('The font atlas is not an inline image');
const [, format, data] = match;
mkdirSync(target, { recursive: true });
writeFileSync(join(target, `${NAME}.${format}`), Buffer.from(data, 'base64'));
writeFileSync(
  join(target, `${NAME}.json`),
  JSON.stringify({ ...font, pages: [`${NAME}.${format}`] }),
);
copyFileSync(join(root, 'node_modules', '@pmndrs', 'msdfonts', 'LICENSE'), join(target, 'LICENSE'));
console.log(`Wrote public/fonts/${NAME}.json and ${NAME}.${format}`);
