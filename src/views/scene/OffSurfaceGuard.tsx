import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { BackSide, type CanvasTexture, type Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { canvasTexture, fitFont } from '../../../scenes/common/canvas';
import { isStanding } from '../../../scenes/common/standing';
import type { StandingArea } from '../../../scenes/types';
import { defineMessages } from '../../domain/phrase';

const m = defineMessages({
  stepBack: {
    id: 'sceneView.stepBack',
    defaultMessage: 'Step back onto the floor',
    description: 'Shown in the headset when the person has walked off the floor of the scene',
  },
  pastEdge: {
    id: 'sceneView.pastEdge',
    defaultMessage: 'You have walked past its edge',
    description: 'Under "Step back onto the floor": why the view has dimmed',
  },
});

/** How far outside the floor the head may lean before the view dims (m). */
const LEAN = 0.15;
/** Seconds for the dimming to come and go: a fade, never a cut. */
const FADE = 0.35;

/** The sign's words may run longer in another language: each line shrinks to fit this width. */
const TEXT_WIDTH = 980;

function messageTexture(headline: string, line: string): CanvasTexture {
  const { canvas, texture } = canvasTexture(1024, 256);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#f4f1ea';
    ctx.textAlign = 'center';
    fitFont(ctx, headline, TEXT_WIDTH, 72, 600);
    ctx.fillText(headline, 512, 110);
    fitFont(ctx, line, TEXT_WIDTH, 48);
    ctx.fillText(line, 512, 190);
  }
  return texture;
}

/**
 * In a headset the person walks for real. If their head leaves the scene's floor (off the
 * platform, past a plank's end), the view dims and asks them to step back, instead of showing them
 * floating in the air. Head-locked on purpose: it must be seen wherever they look.
 */
export function OffSurfaceGuard({ standing }: { standing: StandingArea }) {
  const intl = useIntl();
  const headline = intl.formatMessage(m.stepBack);
  const line = intl.formatMessage(m.pastEdge);
  const veil = useRef<Mesh>(null);
  const sign = useRef<Mesh>(null);
  const materials = useMemo(
    () => ({
      veil: new MeshBasicMaterial({
        color: 0x05070d,
        side: BackSide,
        transparent: true,
        opacity: 0,
        depthTest: false,
      }),
      sign: new MeshBasicMaterial({
        map: messageTexture(headline, line),
        transparent: true,
        opacity: 0,
        depthTest: false,
      }),
    }),
    [headline, line],
  );
  // A change of language paints a new sign: the old one's texture is freed from the GPU.
  useEffect(
    () => () => {
      materials.sign.map?.dispose();
      materials.sign.dispose();
      materials.veil.dispose();
    },
    [materials],
  );
  const head = useMemo(() => new Vector3(), []);
  const ahead = useMemo(() => new Vector3(), []);
  const dimmed = useRef(0);

  useFrame(({ camera, gl }, dt) => {
    camera.getWorldPosition(head);
    const outside = gl.xr.isPresenting && !isStanding(standing, head.x, head.z, -LEAN);
    dimmed.current = Math.min(1, Math.max(0, dimmed.current + (outside ? dt : -dt) / FADE));
    materials.veil.opacity = 0.88 * dimmed.current;
    materials.sign.opacity = dimmed.current;
    const visible = dimmed.current > 0;
    if (veil.current) {
      veil.current.visible = visible;
      veil.current.position.copy(head);
    }
    if (sign.current) {
      sign.current.visible = visible;
      camera.getWorldDirection(ahead);
      sign.current.position.copy(head).addScaledVector(ahead, 0.6);
      sign.current.quaternion.copy(camera.quaternion);
    }
  });

  return (
    <>
      <mesh
        ref={veil}
        name="off-surface-veil"
        material={materials.veil}
        renderOrder={1000}
        visible={false}
        frustumCulled={false}
      >
        <sphereGeometry args={[0.4, 16, 8]} />
      </mesh>
      <mesh
        ref={sign}
        name="off-surface-sign"
        material={materials.sign}
        renderOrder={1001}
        visible={false}
        frustumCulled={false}
      >
        <planeGeometry args={[0.5, 0.125]} />
      </mesh>
    </>
  );
}
