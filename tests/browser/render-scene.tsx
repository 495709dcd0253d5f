import { Canvas } from '@react-three/fiber';
import type { ComponentType } from 'react';
import type { IntlShape } from 'react-intl';
import type { Scene, WebGLRenderer } from 'three';
import { expect } from 'vitest';
import type { MeasureSink, ParamValues, SceneProps } from '../../scenes/types';
import { render } from './intl';

const noMeasures: MeasureSink = { report: () => {} };

/** Renders a scene component at 1280×720, as on a desktop screen, once a few frames are drawn. */
export async function renderScene<P extends ParamValues>(
  Component: ComponentType<SceneProps<P>>,
  params: P,
  seed = 1,
  timeScale = 1,
  more: Partial<Pick<SceneProps<P>, 'actions' | 'voice' | 'measures' | 'content'>> & {
    intl?: IntlShape;
  } = {},
): Promise<{ renderer: WebGLRenderer; scene: Scene }> {
  const { intl, ...props } = more;
  let drawn: { renderer: WebGLRenderer; scene: Scene } | undefined;
  await render(
    <div style={{ width: 1280, height: 720 }}>
      <Canvas
        flat
        dpr={1}
        camera={{ fov: 70, near: 0.05, far: 3000, position: [0, 1.6, 0] }}
        onCreated={(state) => {
          drawn = { renderer: state.gl, scene: state.scene };
        }}
      >
        <Component
          params={params}
          seed={seed}
          audio={null}
          timeScale={timeScale}
          {...props}
          measures={props.measures ?? noMeasures}
        />
      </Canvas>
    </div>,
    intl ? { intl } : {},
  );
  await expect
    .poll(() => drawn?.renderer.info.render.frame ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(3);
  if (!drawn) throw new Error('no renderer');
  return drawn;
}

/** Resolves once `check` holds on some frame: scene time goes by between polls. */
export const onSomeFrame = (check: () => boolean) =>
  new Promise<void>((resolve) => {
    const look = () => (check() ? resolve() : requestAnimationFrame(look));
    look();
  });

/** A measure sink that keeps the latest value of each measure reported. */
export function latestMeasures() {
  const latest = new Map<string, number>();
  const measures: MeasureSink = { report: (name, value) => latest.set(name, value) };
  return { measures, latest };
}
