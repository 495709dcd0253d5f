import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import {
  type BreathPattern,
  pacerPhase,
  patternName,
  ringScale,
} from '../../domain/pacer/patterns';
import { say } from '../../domain/phrase';
import { useReducedMotion } from '../widgets/useReducedMotion';

export interface PacerDisplayProps {
  pattern: BreathPattern;
  /** When the first breath began, on the `now` clock. */
  since: number;
  /** The clock the pacer reads each frame; the device clock unless a test drives it. */
  now?: () => number;
}

/**
 * The breathing guide on a screen: a ring that grows with the in-breath and shrinks with the
 * out-breath, or, for people who asked for less motion, a bar that fills and empties. It animates
 * from its own frame loop through refs, so React renders it only when the pattern changes.
 */
export function PacerDisplay({ pattern, since, now = Date.now }: PacerDisplayProps) {
  const intl = useIntl();
  const reduced = useReducedMotion();
  const shape = useRef<HTMLDivElement>(null);
  const word = useRef<HTMLSpanElement>(null);
  const left = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let frame = 0;
    let shownWord = '';
    let shownLeft = -1;
    const draw = () => {
      const phase = pacerPhase(now() - since, pattern);
      if (shape.current) {
        shape.current.style.transform = reduced
          ? `scaleX(${phase.fill.toFixed(4)})`
          : `scale(${ringScale(phase.fill).toFixed(4)})`;
      }
      const said = intl.formatMessage(phase.word);
      if (word.current && said !== shownWord) {
        shownWord = said;
        word.current.textContent = said;
      }
      if (left.current && phase.secondsLeft !== shownLeft) {
        shownLeft = phase.secondsLeft;
        left.current.textContent = String(phase.secondsLeft);
      }
      frame = requestAnimationFrame(draw);
    };
    draw();
    return () => cancelAnimationFrame(frame);
  }, [pattern, since, now, reduced, intl]);

  return (
    <div className="pacer-display">
      {reduced ? (
        <div className="pacer-bar" data-testid="pacer-bar">
          <div className="pacer-bar-fill" ref={shape} />
        </div>
      ) : (
        <div className="pacer-ring-box">
          <div className="pacer-ring-guide" />
          <div className="pacer-ring" data-testid="pacer-ring" ref={shape} />
        </div>
      )}
      {/* Changes every second: read on demand rather than announced, which would drown the scene. */}
      <p className="pacer-word">
        <span ref={word} data-testid="pacer-word" /> <span ref={left} data-testid="pacer-left" />
      </p>
      <p className="pacer-name" data-testid="pacer-name">
        {say(intl, patternName(pattern))}
      </p>
    </div>
  );
}
