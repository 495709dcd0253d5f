import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import type { Mesh, Vector3 } from 'three';
import { canvasTexture, drawCard } from '../common/canvas';
import type { Point } from '../common/people/gaze';
import type { Said, Words } from './turns';

const WIDTH = 1024;
const HEIGHT = 288;

/** A line as the person reads it: a catalogue message in the page's language, or their own words. */
export function reader(intl: Pick<IntlShape, 'formatMessage'>) {
  return (words: Words) => (typeof words === 'string' ? words : intl.formatMessage(words));
}

/**
 * The caption of what is said to the person, on a card beside the speaker's head, turned to the
 * person and sized to read alike near and far; drawn over everything so a head never hides it. The
 * same card serves the screen and the headset. Redrawn only when the line changes.
 */
export function Caption({
  said,
  speakerEyes,
  head,
}: {
  /** The line on show (null: none), and where its speaker's eyes are, read each frame. */
  said: () => Said | null;
  speakerEyes: (said: Said, out: Point) => Point;
  head: Vector3;
}) {
  const intl = useIntl();
  const read = useMemo(() => reader(intl), [intl]);
  const { canvas, texture } = useMemo(() => canvasTexture(WIDTH, HEIGHT), []);
  useEffect(() => () => texture.dispose(), [texture]);
  const mesh = useRef<Mesh>(null);
  const shown = useRef<{ said: Said | null; intl: IntlShape | null }>({ said: null, intl: null });
  const at = useMemo(() => ({ x: 0, y: 0, z: 0 }), []);

  useFrame(() => {
    const card = mesh.current;
    if (!card) return;
    const line = said();
    card.visible = line !== null;
    if (!line) return;
    if (line !== shown.current.said || intl !== shown.current.intl) {
      shown.current = { said: line, intl };
      drawCard(canvas, read(line.words));
      texture.needsUpdate = true;
      card.userData.text = read(line.words);
    }
    speakerEyes(line, at);
    // Beside the head, on the side away from the person's line of sight to it, a little above.
    const dx = at.x - head.x;
    const dz = at.z - head.z;
    const distance = Math.max(0.3, Math.hypot(dx, at.y - head.y, dz));
    const scale = Math.min(3, Math.max(0.34, distance * 0.42));
    const side = Math.hypot(dx, dz) || 1;
    card.position.set(
      at.x + (-dz / side) * scale * 0.62,
      at.y + 0.06 * scale,
      at.z + (dx / side) * scale * 0.62,
    );
    card.scale.setScalar(scale);
    card.lookAt(head);
  });

  return (
    <mesh ref={mesh} name="caption" visible={false} renderOrder={10}>
      <planeGeometry args={[1, HEIGHT / WIDTH]} />
      <meshBasicMaterial map={texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}
