import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type IntlShape, type NoMessageValues, useIntl } from 'react-intl';
import { AdditiveBlending, type Mesh } from 'three';
import { canvasFont, canvasTexture, fitFont, wrap } from '../common/canvas';
import { defineMessages } from '../types';

const m = defineMessages<{
  timeLeft: { clock: string; minutes: number };
  timeUp: NoMessageValues;
  questionHeading: NoMessageValues;
}>({
  timeLeft: {
    id: 'scene.audience.timeLeft',
    defaultMessage: '{clock} left of {minutes, number} min',
    description:
      "A countdown on the speaker's card; clock is the time left as minutes:seconds, e.g. 2:05",
  },
  timeUp: {
    id: 'scene.audience.timeUp',
    defaultMessage: 'Time is up: finish when you are ready',
  },
  questionHeading: {
    id: 'scene.audience.questionHeading',
    defaultMessage: 'A question from the audience',
    description: 'The heading of a card above someone in the audience who asks a question',
  },
});

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
  const intl = useIntl();
  const { canvas, texture } = useMemo(() => canvasTexture(768, 512), []);
  useEffect(() => () => texture.dispose(), [texture]);
  const shown = useRef<{ key: string; intl: IntlShape | null }>({ key: '', intl: null });
  useFrame(() => {
    const left = Math.max(0, Math.ceil(minutes * 60 - clock.current.time));
    // Redrawn once a second, and when the words or the page's language change.
    const key = `${title}|${text}|${left}`;
    if (key === shown.current.key && intl === shown.current.intl) return;
    shown.current = { key, intl };
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#f7f3e8';
    ctx.fillRect(0, 0, 768, 512);
    ctx.fillStyle = '#2a2a2a';
    fitFont(ctx, title, 690, 30, 600);
    ctx.fillText(title, 40, 60);
    // Notes can be long: a smaller hand for them, and what does not fit is cut at the card's foot.
    const long = text.length > 120;
    ctx.font = canvasFont(long ? 30 : 44);
    const lineHeight = long ? 38 : 56;
    wrap(ctx, text, 690)
      .slice(0, long ? 8 : 5)
      .forEach((line, i) => {
        ctx.fillText(line, 40, 120 + i * lineHeight);
      });
    ctx.fillStyle = '#6b6b6b';
    const clockText = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    const footer =
      left > 0
        ? intl.formatMessage(m.timeLeft, { clock: clockText, minutes })
        : intl.formatMessage(m.timeUp);
    fitFont(ctx, footer, 690, 32);
    ctx.fillText(footer, 40, 470);
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
  const intl = useIntl();
  const heading = intl.formatMessage(m.questionHeading);
  const { canvas, texture } = useMemo(() => canvasTexture(768, 256), []);
  useEffect(() => () => texture.dispose(), [texture]);
  useEffect(() => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, 768, 256);
    ctx.fillStyle = 'rgba(250, 246, 236, 0.96)';
    ctx.fillRect(0, 0, 768, 256);
    ctx.fillStyle = '#2a2a2a';
    fitFont(ctx, heading, 700, 28, 600);
    ctx.fillText(heading, 32, 50);
    // Three lines fit below the heading; a longer question is set smaller rather than cut.
    let size = 40;
    ctx.font = canvasFont(size);
    let lines = wrap(ctx, question, 700);
    while (lines.length > 3 && size > 26) {
      size -= 4;
      ctx.font = canvasFont(size);
      lines = wrap(ctx, question, 700);
    }
    lines.forEach((line, i) => {
      ctx.fillText(line, 32, 80 + size + i * size * 1.25);
    });
    texture.needsUpdate = true;
  }, [canvas, texture, heading, question]);
  return (
    <mesh ref={cardRef} name="question-card" visible={false}>
      <planeGeometry args={[1.2, 0.4]} />
      <meshBasicMaterial map={texture} toneMapped={false} transparent />
    </mesh>
  );
}
