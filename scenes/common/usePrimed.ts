import { useFrame } from '@react-three/fiber';
import { type RefObject, useRef } from 'react';
import { type Object3D, WebGLRenderTarget } from 'three';

/**
 * Draws objects that start hidden or out of view (a caption for later, a station's signs) once,
 * on the scene's first frame, into a one-pixel target nobody sees: their shapes and textures go
 * to the GPU then, not with a stall minutes into an exposure.
 */
export function usePrimed(...objects: RefObject<Object3D | null>[]): void {
  const done = useRef(false);
  useFrame(({ gl, camera }) => {
    if (done.current) return;
    done.current = true;
    const target = new WebGLRenderTarget(1, 1);
    const before = gl.getRenderTarget();
    const xr = gl.xr.enabled;
    gl.xr.enabled = false;
    gl.setRenderTarget(target);
    for (const ref of objects) {
      const o = ref.current;
      if (!o) continue;
      const { visible, frustumCulled } = o;
      o.visible = true;
      o.frustumCulled = false;
      gl.render(o, camera);
      o.visible = visible;
      o.frustumCulled = frustumCulled;
    }
    gl.setRenderTarget(before);
    gl.xr.enabled = xr;
    target.dispose();
  });
}
