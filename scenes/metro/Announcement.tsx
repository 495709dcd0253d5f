import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { Mesh, Vector3 } from 'three';
import { canvasTexture, drawCard } from '../common/canvas';
import { usePrimed } from '../common/usePrimed';
import { announcementText } from './announcements';
import type { Announcement as Said } from './timeline';

const WIDTH = 1024;
const HEIGHT = 288;
/** Metres ahead of the person, and below their eyes, where the caption shows. */
const AHEAD = 1.5;
const BELOW = 0.28;

/**
 * The caption of an announcement: a card set once, where the person looks when it begins, a little
 * below their eyes, and left there (a card that follows the head makes people queasy). The same
 * card serves the screen and the headset; drawn over everything so no passenger hides it.
 */
export function Announcement({
  said,
  head,
  looking,
}: {
  /** The announcement on show (null: none), read each frame. */
  said: () => Said | null;
  /** The person's head and gaze in the scene's coordinates. */
  head: Vector3;
  looking: Vector3;
}) {
  const intl = useIntl();
  const { canvas, texture } = useMemo(() => canvasTexture(WIDTH, HEIGHT), []);
  useEffect(() => () => texture.dispose(), [texture]);
  const mesh = useRef<Mesh>(null);
  const shown = useRef<Said | null>(null);
  usePrimed(mesh);

  useFrame(() => {
    const card = mesh.current;
    if (!card) return;
    const now = said();
    card.visible = now !== null;
    if (!now || now === shown.current) return;
    shown.current = now;
    const text = intl.formatMessage(announcementText[now.line], { station: now.station });
    drawCard(canvas, text);
    texture.needsUpdate = true;
    card.userData.text = text;
    card.userData.line = now.line;
    const flat = Math.hypot(looking.x, looking.z) || 1;
    card.position.set(
      head.x + (looking.x / flat) * AHEAD,
      head.y - BELOW,
      head.z + (looking.z / flat) * AHEAD,
    );
    card.lookAt(head);
  });

  return (
    <mesh ref={mesh} name="announcement" visible={false} renderOrder={10} scale={0.9}>
      <planeGeometry args={[1, HEIGHT / WIDTH]} />
      <meshBasicMaterial map={texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}
