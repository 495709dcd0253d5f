import { useEffect } from 'react';
import type { BreathPattern } from '../../domain/pacer/patterns';
import { scheduleTone, toneSegments } from '../../domain/pacer/tone';
import { usePacerSettings } from '../../state/pacerSettings';

/** How far ahead the tone is put on the audio clock, and how often that is topped up. */
const AHEAD_MS = 2000;
const EVERY_MS = 250;
/** The tone at full volume stays soft under the scene's own sound. */
const PEAK = 0.25;

/**
 * The pacer's optional tone. It is scheduled on the audio clock a little ahead, from a timer rather
 * than the screen's frame loop, so it keeps time in a headset, where the page's frames stop.
 */
export function PacerTone({
  pattern,
  since,
  now = Date.now,
}: {
  pattern: BreathPattern;
  since: number;
  now?: () => number;
}) {
  const on = usePacerSettings((s) => s.tone);

  useEffect(() => {
    if (!on || typeof AudioContext === 'undefined') return;
    let context: AudioContext;
    try {
      context = new AudioContext();
    } catch {
      return; // No sound device: the pacer still shows.
    }
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    const envelope = context.createGain();
    envelope.gain.value = 0;
    const level = context.createGain();
    level.gain.value = PEAK * usePacerSettings.getState().toneVolume;
    oscillator.connect(envelope).connect(level).connect(context.destination);
    oscillator.start();
    void context.resume();
    let scheduledUntil: number | null = null;
    const top = () => {
      const nowMs = now() - since;
      const from = scheduledUntil ?? nowMs;
      if (from > nowMs + AHEAD_MS) return;
      const segments = toneSegments(pattern, from, nowMs + AHEAD_MS);
      const base = context.currentTime;
      scheduleTone(
        { frequency: oscillator.frequency, gain: envelope.gain },
        segments,
        (ms) => base + (ms - nowMs) / 1000,
      );
      scheduledUntil = segments.at(-1)?.endMs ?? from;
    };
    top();
    const timer = setInterval(top, EVERY_MS);
    // A volume change reaches the playing tone without restarting it.
    const unsubscribe = usePacerSettings.subscribe((s) =>
      level.gain.setTargetAtTime(PEAK * s.toneVolume, context.currentTime, 0.05),
    );
    return () => {
      clearInterval(timer);
      unsubscribe();
      // A short fade, not a click, then the context goes.
      envelope.gain.cancelScheduledValues(context.currentTime);
      envelope.gain.setTargetAtTime(0, context.currentTime, 0.03);
      setTimeout(() => void context.close(), 200);
    };
  }, [on, pattern, since, now]);

  return null;
}
