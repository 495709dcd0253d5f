import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, type Mesh } from 'three';
import { canvasTexture } from '../common/canvas';

/** Wraps text into lines that fit a width on a canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lectern with the speaker's card: their own notes or a topic, and a quiet countdown of the
 * target speaking time, redrawn once a second.
 */
export function Lectern({
  title,
  text,
  minutes,
  clock,
}: {
  title: string;
  text: string;
  minutes: number;
  clock: { current: { time: number } };
}) {
  const { canvas, texture } = useMemo(() => canvasTexture(768, 512), []);
  useEffect(() => () => texture.dispose(), [texture]);
  const shown = useRef('');
  useFrame(() => {
    const left = Math.max(0, Math.ceil(minutes * 60 - clock.current.time));
    const key = `${title}|${text}|${left}`;
    if (key === shown.current) return;
    shown.current = key;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#f7f3e8';
    ctx.fillRect(0, 0, 768, 512);
    ctx.fillStyle = '#2a2a2a';
    ctx.font = '600 30px system-ui, sans-serif';
    ctx.fillText(title, 40, 60);
    // Notes can be long: a smaller hand for them, and what does not fit is cut at the card's foot.
    const long = text.length > 120;
    ctx.font = long ? '30px system-ui, sans-serif' : '44px system-ui, sans-serif';
    const lineHeight = long ? 38 : 56;
    wrap(ctx, text, 690)
      .slice(0, long ? 8 : 5)
      .forEach((line, i) => {
        ctx.fillText(line, 40, 120 + i * lineHeight);
      });
    ctx.fillStyle = '#6b6b6b';
    ctx.font = '32px system-ui, sans-serif';
    const m = Math.floor(left / 60);
    const s = String(left % 60).padStart(2, '0');
    ctx.fillText(
      left > 0 ? `${m}:${s} left of ${minutes} min` : 'Time is up: finish when you are ready',
      40,
      470,
    );
    texture.needsUpdate = true;
  });
  return (
    <group name="lectern" position={[0, 0, -0.45]}>
      <mesh position={[0, 0.52, 0]}>
        <boxGeometry args={[0.62, 1.04, 0.42]} />
        <meshLambertMaterial color="#6e5238" />
      </mesh>
      <mesh position={[0, 1.07, 0.02]} rotation={[-1.0, 0, 0]}>
        <planeGeometry args={[0.42, 0.28]} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
    </group>
  );
}

/** The spotlight on the speaker: the light and its visible cone in the dim hall. */
export function Spotlight() {
  return (
    <group name="spotlight">
      <spotLight
        position={[0, 6.5, -4]}
        angle={0.28}
        penumbra={0.5}
        intensity={90}
        distance={14}
        decay={1.6}
        color="#fff4dc"
      />
      <mesh position={[0, 3.25, -2]} rotation={[-0.55, 0, 0]}>
        <coneGeometry args={[0.9, 7.3, 24, 1, true]} />
        <meshBasicMaterial
          color="#fff3d0"
          transparent
          opacity={0.05}
          blending={AdditiveBlending}
          depthWrite={false}
        />
      </mesh>
    </group>
  );
}

/** A card above the member who raised a hand, with their challenging question. */
export function QuestionCard({
  question,
  cardRef,
}: {
  question: string;
  cardRef: React.RefObject<Mesh | null>;
}) {
  const { canvas, texture } = useMemo(() => canvasTexture(768, 256), []);
  useEffect(() => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = 'rgba(250, 246, 236, 0.96)';
    ctx.fillRect(0, 0, 768, 256);
    ctx.fillStyle = '#2a2a2a';
    ctx.font = '600 28px system-ui, sans-serif';
    ctx.fillText('A question from the audience', 32, 50);
    ctx.font = '40px system-ui, sans-serif';
    wrap(ctx, question, 700).forEach((line, i) => {
      ctx.fillText(line, 32, 120 + i * 50);
    });
    texture.needsUpdate = true;
    return () => texture.dispose();
  }, [canvas, texture, question]);
  return (
    <mesh ref={cardRef} name="question-card" visible={false}>
      <planeGeometry args={[1.2, 0.4]} />
      <meshBasicMaterial map={texture} toneMapped={false} transparent />
    </mesh>
  );
}
