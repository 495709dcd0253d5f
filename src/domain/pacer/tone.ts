// The pacer's optional tone as a timeline: a soft note that rises and swells on the in-breath and
// falls away on the out-breath. Pure; `scheduleTone` plays a stretch of it on Web Audio params.
import { type BreathPart, type BreathTimings, pacerPhase } from './patterns';

export interface ToneSegment {
  part: BreathPart;
  /** Milliseconds since the pacer was shown. */
  startMs: number;
  endMs: number;
  fromHz: number;
  toHz: number;
  /** Loudness relative to the person's tone volume, 0 to 1. */
  fromGain: number;
  toGain: number;
}

export const TONE = { lowHz: 220, highHz: 330, holdGain: 0.6 } as const;

function shape(
  part: BreathPart,
  p: BreathTimings,
): Omit<ToneSegment, 'part' | 'startMs' | 'endMs'> {
  const { lowHz, highHz, holdGain } = TONE;
  switch (part) {
    case 'in':
      return { fromHz: lowHz, toHz: highHz, fromGain: 0, toGain: 1 };
    case 'hold-in':
      return { fromHz: highHz, toHz: highHz, fromGain: 1, toGain: holdGain };
    case 'out':
      return { fromHz: highHz, toHz: lowHz, fromGain: p.holdIn > 0 ? holdGain : 1, toGain: 0 };
    case 'hold-out':
      return { fromHz: lowHz, toHz: lowHz, fromGain: 0, toGain: 0 };
  }
}

/** The whole parts of the pattern that overlap [fromMs, toMs), in order. */
export function toneSegments(p: BreathTimings, fromMs: number, toMs: number): ToneSegment[] {
  const segments: ToneSegment[] = [];
  let at = Math.max(0, fromMs);
  // Step from part to part by each part's own end, found from the phase: no running sum to drift.
  while (at < toMs) {
    const phase = pacerPhase(at, p);
    const endMs = at + phase.msLeft;
    segments.push({ part: phase.part, startMs: at - phase.msInto, endMs, ...shape(phase.part, p) });
    at = endMs;
  }
  return segments;
}

/** The few Web Audio params the tone drives. */
export interface ToneParams {
  frequency: AudioParam;
  gain: AudioParam;
}

/**
 * Puts segments on the params' timelines. `contextTimeAt(ms)` maps pacer time to the audio
 * context's clock. A part already under way is set from its start, so the ramp takes up the
 * tone where it is now.
 */
export function scheduleTone(
  params: ToneParams,
  segments: readonly ToneSegment[],
  contextTimeAt: (ms: number) => number,
): void {
  for (const s of segments) {
    const start = contextTimeAt(s.startMs);
    const end = contextTimeAt(s.endMs);
    params.frequency.setValueAtTime(s.fromHz, Math.max(0, start));
    params.frequency.exponentialRampToValueAtTime(s.toHz, end);
    params.gain.setValueAtTime(s.fromGain, Math.max(0, start));
    params.gain.linearRampToValueAtTime(s.toGain, end);
  }
}
