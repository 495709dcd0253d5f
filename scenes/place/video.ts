// The person's video: an element playing its object URL, its sound through the session's audio.
import type { SceneAudio } from '../types';

/** A video element for `url`, muted until its sound may play (so it may start at once). */
export function openVideo(url: string): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.src = url;
  return video;
}

/** Stops the video and lets go of its file and decoder (the URL itself is the session's). */
export function releaseVideo(video: HTMLVideoElement): void {
  video.pause();
  video.removeAttribute('src');
  video.load();
}

/** Starts or resumes playing; a refusal (the page left, the file unplayable) leaves it paused. */
export function playVideo(video: HTMLVideoElement): void {
  video.play().catch(() => {});
}

export interface VideoSound {
  /** The gain the video's sound passes, through the session's audio; null without it. */
  gain: GainNode | null;
  /** Volume 0-1. */
  set(volume: number): void;
  stop(): void;
}

/**
 * Whether sound may play yet: browsers let a video play with sound only after the person has
 * pressed something on the page (starting the session does), and pause it if it is unmuted earlier.
 */
const mayPlaySound = () => navigator.userActivation?.hasBeenActive ?? true;

/**
 * The video's sound at a volume: through a gain into the session's audio when there is one, so
 * the person's volume and a pause of the session's sound hold for it as for every scene; else
 * the element's own volume. Unmuted only once sound may play, and never at volume 0.
 */
export function routeSound(video: HTMLVideoElement, audio: SceneAudio | null): VideoSound {
  let volume = 0;
  let gain: GainNode | null = null;
  let source: MediaElementAudioSourceNode | null = null;
  if (audio) {
    try {
      source = audio.context.createMediaElementSource(video);
      gain = audio.context.createGain();
      gain.gain.value = 0;
      source.connect(gain).connect(audio.destination);
    } catch {
      // A context already closed: the element's own volume instead.
      source = null;
      gain = null;
    }
  }
  const apply = () => {
    const muted = volume <= 0 || !mayPlaySound();
    if (video.muted !== muted) video.muted = muted;
    if (gain && audio) gain.gain.setTargetAtTime(volume, audio.context.currentTime, 0.1);
    else video.volume = volume;
  };
  const pressed = () => {
    apply();
    if (!video.muted) forget();
  };
  const forget = () => {
    window.removeEventListener('pointerdown', pressed);
    window.removeEventListener('keydown', pressed);
  };
  window.addEventListener('pointerdown', pressed);
  window.addEventListener('keydown', pressed);
  return {
    gain,
    set(next) {
      volume = Math.min(1, Math.max(0, next));
      apply();
    },
    stop() {
      forget();
      source?.disconnect();
      gain?.disconnect();
    },
  };
}
