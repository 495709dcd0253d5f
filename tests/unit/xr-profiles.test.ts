import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_CONTROLLER_PROFILE,
  HAND_PROFILE,
  XR_PROFILE_FOLDER,
} from '../../src/views/xr/profiles';

const folder = join(import.meta.dirname, '..', '..', 'public', XR_PROFILE_FOLDER);

interface Profile {
  profileId: string;
  layouts: Record<string, { assetPath?: string }>;
}

describe('self-hosted controller and hand models', () => {
  const list = JSON.parse(readFileSync(join(folder, 'profilesList.json'), 'utf8')) as Record<
    string,
    { path: string }
  >;

  it('include the Quest controllers, the fallback and the hands', () => {
    for (const id of [
      'meta-quest-touch-plus',
      'oculus-touch-v3',
      FALLBACK_CONTROLLER_PROFILE,
      HAND_PROFILE,
    ]) {
      expect(Object.keys(list)).toContain(id);
    }
  });

  it('have every file the profile list promises', () => {
    for (const [id, entry] of Object.entries(list)) {
      const profilePath = join(folder, entry.path);
      expect(existsSync(profilePath), profilePath).toBe(true);
      if (id === HAND_PROFILE) {
        for (const hand of ['left.glb', 'right.glb'])
          expect(existsSync(join(folder, id, hand))).toBe(true);
        continue;
      }
      const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as Profile;
      for (const layout of Object.values(profile.layouts)) {
        if (!layout.assetPath) continue;
        expect(layout.assetPath, `${id} must point at its own folder`).not.toMatch(/^https?:/);
        expect(existsSync(join(folder, id, layout.assetPath)), `${id}/${layout.assetPath}`).toBe(
          true,
        );
      }
    }
  });
});
