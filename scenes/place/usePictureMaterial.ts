import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Texture } from 'three';
import { PictureBlur } from './blur';
import { type BlurPlan, blurPlan } from './layout';
import { brightnessFactor, pictureMaterial } from './material';
import type { Shown } from './useShown';

/**
 * The material that draws `shown` at a level's brightness and softening. `spanX` × `spanY` are
 * the degrees the picture fills at the whole view; `around` wraps it at its seam. A softened
 * photo's copy is made once a level; a video's at each new frame, before the view is drawn.
 */
export function usePictureMaterial(
  shown: Shown,
  look: { brightness: number; blur: number },
  spanX: number,
  spanY: number,
  around: boolean,
) {
  const material = useMemo(pictureMaterial, []);
  const gl = useThree((s) => s.gl);
  const blur = useMemo(
    () =>
      new PictureBlur(
        gl.extensions.has('EXT_color_buffer_float') ||
          gl.extensions.has('EXT_color_buffer_half_float'),
      ),
    [gl],
  );
  useEffect(
    () => () => {
      material.dispose();
      blur.dispose();
    },
    [material, blur],
  );

  useLayoutEffect(() => {
    material.uniforms.brightness.value = brightnessFactor(look.brightness);
  }, [material, look.brightness]);

  const plan = useMemo(
    () => blurPlan(look.blur, shown, spanX, spanY),
    [look.blur, shown, spanX, spanY],
  );
  const made = useRef<{ plan: BlurPlan | null; texture: Texture | null; version: number }>({
    plan: null,
    texture: null,
    version: -1,
  });

  useFrame(() => {
    const source = shown.texture;
    const u = material.uniforms;
    if (!plan) {
      u.map.value = source;
      material.userData.softened = false;
      return;
    }
    const m = made.current;
    // A video's texture has no frame before its first is shown: nothing to soften yet.
    if (
      source.version > 0 &&
      (m.plan !== plan || m.texture !== source || m.version !== source.version)
    ) {
      blur.soften(gl, source, plan, around);
      m.plan = plan;
      m.texture = source;
      m.version = source.version;
    }
    // Until the copy is made the view stays dark: never a glimpse of the sharp picture.
    u.map.value = blur.texture;
    material.userData.softened = m.plan === plan;
  });

  return material;
}
