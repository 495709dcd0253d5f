// An on-device voice for the lines, when the person asks for one: only a voice the platform says
// runs locally (SpeechSynthesisVoice.localService), never one that sends the text to a server.

/** The on-device voice that best fits the language, or null when there is none. */
export function pickLocalVoice(
  voices: readonly SpeechSynthesisVoice[],
  locale: string,
): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService);
  const language = locale.toLowerCase().split('-')[0] ?? '';
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    local.find((v) => lang(v) === locale.toLowerCase()) ??
    local.find((v) => lang(v).split('-')[0] === language) ??
    null
  );
}

export interface Spoken {
  stop(): void;
}

/**
 * Says a line with an on-device voice; null when the browser has no speech synthesis or no local
 * voice for the language, so the caller murmurs instead.
 */
export function speakLine(
  text: string,
  locale: string,
  options: { pitch?: number; rate?: number } = {},
): Spoken | null {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  const voice = pickLocalVoice(synth.getVoices(), locale);
  if (!voice) return null;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.pitch = Math.min(2, Math.max(0, options.pitch ?? 1));
  utterance.rate = Math.min(2, Math.max(0.5, options.rate ?? 1));
  let done = false;
  utterance.onend = () => {
    done = true;
  };
  synth.cancel();
  synth.speak(utterance);
  return {
    stop() {
      // Only this line: a later one has cancelled it already, and must not be cut short.
      if (!done) synth.cancel();
      done = true;
    },
  };
}
