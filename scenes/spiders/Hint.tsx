import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { Mesh } from 'three';
import { canvasTexture, drawCard } from '../common/canvas';
import { usePrimed } from '../common/usePrimed';
import { defineMessages } from '../types';
import { TABLE } from './layout';

const m = defineMessages({
  layHand: {
    id: 'scene.spiders.line.layHand',
    defaultMessage:
      'When you are ready, lay your hand flat on the table. The spider will come to it.',
  },
});

const WIDTH = 1024;
const HEIGHT = 256;

/**
 * In a headset, at a level that sends a spider onto the hand: a card beyond the table saying how
 * to invite it, until a spider has been on the hand. On the screen a resting hand is there already.
 */
export function Hint({ wanted }: { wanted: () => boolean }) {
  const intl = useIntl();
  const { canvas, texture } = useMemo(() => canvasTexture(WIDTH, HEIGHT), []);
  useEffect(() => () => texture.dispose(), [texture]);
  const text = intl.formatMessage(m.layHand);
  useEffect(() => {
    drawCard(canvas, text);
    texture.needsUpdate = true;
  }, [canvas, texture, text]);
  const mesh = useRef<Mesh>(null);
  usePrimed(mesh);
  useFrame(({ gl }) => {
    if (mesh.current) mesh.current.visible = gl.xr.isPresenting && wanted();
  });
  return (
    <mesh
      ref={mesh}
      name="hand-hint"
      visible={false}
      position={[0, TABLE.top + 0.32, TABLE.minZ - 0.05]}
      rotation-x={-0.25}
      userData={{ text }}
    >
      <planeGeometry args={[0.56, (0.56 * HEIGHT) / WIDTH]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} />
    </mesh>
  );
}
