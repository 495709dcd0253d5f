import { useEffect, useMemo, useState } from 'react';
import type { SceneAudio, VoiceLevel } from '../../../scenes/types';
import { getProbe } from '../probe';

/**
 * The microphone's level while the scene listens: asked for only then, analysed in the page and
 * never recorded, played back or sent; closed when the scene stops listening or the view goes.
 * Under test the probe's `voiceLevel` stands in for a voice.
 */
export function useVoice(listening: boolean, audio: SceneAudio | null): VoiceLevel | null {
  const [voice, setVoice] = useState<VoiceLevel | null>(null);
  const probe = useMemo(getProbe, []);

  useEffect(() => {
    if (!listening) return;
    if (probe && 'voiceLevel' in probe) {
      setVoice({ level: () => probe.voiceLevel ?? 0 });
      return () => setVoice(null);
    }
    if (!audio || !navigator.mediaDevices?.getUserMedia) return;
    let live = true;
    let stop = () => {};
    listenToVoice(audio.context)
      .then((heard) => {
        stop = heard.stop;
        if (live) setVoice(heard);
        else heard.stop();
      })
      .catch(() => {
        // Refused or no microphone: the scene works the same without it.
      });
    return () => {
      live = false;
      stop();
      setVoice(null);
    };
  }, [listening, audio, probe]);

  return voice;
}

async function listenToVoice(context: AudioContext): Promise<VoiceLevel & { stop(): void }> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true },
  });
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  // Connected to the analyser only: nothing is played back, stored or sent.
  source.connect(analyser);
  const data = new Float32Array(analyser.fftSize);
  return {
    level() {
      analyser.getFloatTimeDomainData(data);
      let sum = 0;
      for (const v of data) sum += v * v;
      return Math.sqrt(sum / data.length);
    },
    stop() {
      source.disconnect();
      for (const track of stream.getTracks()) track.stop();
    },
  };
}
