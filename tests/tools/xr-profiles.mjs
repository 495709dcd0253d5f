// Copies the controller and hand models Foothold uses from @webxr-input-profiles/assets into
// public/xr-profiles, with a profile list naming only those, so nothing is fetched from a CDN.
// Run after upgrading the assets package: `npm run xr-profiles`.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Quest 3/3S, Quest Pro, Quest 2, a generic fallback for other controllers, and hands. */
export const XR_PROFILES = [
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'oculus-touch-v3',
  'generic-trigger',
  'generic-hand',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'node_modules', '@webxr-input-profiles', 'assets', 'dist', 'profiles');
const target = join(root, 'public', 'xr-profiles');

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const list = {};
for (const id of XR_PROFILES) {
  cpSync(join(source, id), join(target, id), { recursive: true });
  list[id] = { path: `${id}/profile.json` };
}
cpSync(join(source, '..', '..', 'LICENSE.md'), join(target, 'LICENSE.md'));
writeFileSync(join(target, 'profilesList.json'), `${JSON.stringify(list, null, 2)}\n`);
console.log(`Copied ${XR_PROFILES.length} profiles to public/xr-profiles`);
