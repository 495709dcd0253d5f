import { useEffect, useState } from 'react';
import type { SceneAudio } from '../../../scenes/types';
import { useSettings } from '../../state/settings';

/**
 * One AudioContext per session view, its output set by the person's volume. Browsers start it
 * suspended until a gesture; it resumes on the first key or click.
 */
export function useSceneAudio(): SceneAudio | null {
  const [audio, setAudio] = useState<(SceneAudio & { destination: GainNode }) | null>(null);
  const volume = useSettings((s) => s.soundVolume);

  useEffect(() => {
    if (typeof AudioContext === 'undefined') return;
    let context: AudioContext;
    try {
      context = new AudioContext();
    } catch {
      return; // No sound device: scenes render the same without audio.
    }
    const master = context.createGain();
    master.gain.value = 0;
    master.connect(context.destination);
    setAudio({ context, destination: master });
    const resume = () => {
      if (context.state === 'suspended') void context.resume();
    };
    resume();
    window.addEventListener('pointerdown', resume);
    window.addEventListener('keydown', resume);
    return () => {
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
      setAudio(null);
      void context.close();
    };
  }, []);

  useEffect(() => {
    if (!audio) return;
    audio.destination.gain.setTargetAtTime(volume, audio.context.currentTime, 0.3);
  }, [audio, volume]);

  return audio;
}
