import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Texture } from 'three';
import type { SceneAudio, SceneContent } from '../types';
import {
  closePicture,
  decodePicture,
  MAX_PICTURE_SIDE,
  pictureTexture,
  videoTexture,
} from './picture';
import { openVideo, playVideo, releaseVideo, routeSound, type VideoSound } from './video';

/** The person's picture, ready to draw. */
export interface Shown {
  texture: Texture;
  /** Its size as uploaded, in pixels. */
  width: number;
  height: number;
  video: HTMLVideoElement | null;
  sound: VideoSound | null;
}

/** Loading, shown, or unreadable (a broken file, a kind this browser cannot play). */
export type ShownState = { shown: Shown | null; failed: boolean };

const LOADING: ShownState = { shown: null, failed: false };

/**
 * Loads the person's photo or starts their video as a texture; React hears of it once, when it
 * can be drawn. Everything made is let go when the content, the audio or the scene goes.
 */
export function useShown(content: SceneContent | undefined, audio: SceneAudio | null): ShownState {
  const gl = useThree((s) => s.gl);
  const [state, setState] = useState<ShownState>(LOADING);
  const url = content?.url;
  const kind = content?.kind;
  const around = content?.wrap === 'around';
  const knownWidth = content?.width ?? 0;
  const knownHeight = content?.height ?? 0;

  useEffect(() => {
    if (!url) return;
    let gone = false;
    const fail = () => {
      if (!gone) setState({ shown: null, failed: true });
    };
    const max = Math.min(gl.capabilities.maxTextureSize, MAX_PICTURE_SIDE);

    if (kind === 'image') {
      let texture: Texture | null = null;
      const known =
        knownWidth > 0 && knownHeight > 0 ? { width: knownWidth, height: knownHeight } : undefined;
      decodePicture(url, max, known)
        .then((picture) => {
          if (gone) return closePicture(picture);
          texture = pictureTexture(
            picture,
            around,
            Math.min(4, gl.capabilities.getMaxAnisotropy()),
          );
          const made = {
            texture,
            width: picture.width,
            height: picture.height,
            video: null,
            sound: null,
          };
          setState({ shown: made, failed: false });
        })
        .catch(fail);
      return () => {
        gone = true;
        setState(LOADING);
        if (texture) {
          closePicture(texture.image as ImageBitmap | HTMLCanvasElement);
          texture.dispose();
        }
      };
    }

    const video = openVideo(url);
    const texture = videoTexture(video, around);
    const sound = routeSound(video, audio);
    const ready = () => {
      if (gone) return;
      const made = { texture, width: video.videoWidth, height: video.videoHeight, video, sound };
      setState({ shown: made, failed: false });
    };
    video.addEventListener('loadeddata', ready, { once: true });
    video.addEventListener('error', fail, { once: true });
    // A hidden page (another tab, the headset's menu) holds the video where it was, and plays
    // it on when shown again only if it was playing (a paused session keeps it held).
    let resume = false;
    const hidden = () => {
      if (document.hidden) {
        resume = !video.paused;
        video.pause();
      } else if (resume) playVideo(video);
    };
    document.addEventListener('visibilitychange', hidden);
    // Played by the scene once shown, unless the session is paused.
    return () => {
      gone = true;
      setState(LOADING);
      document.removeEventListener('visibilitychange', hidden);
      video.removeEventListener('loadeddata', ready);
      video.removeEventListener('error', fail);
      sound.stop();
      releaseVideo(video);
      texture.dispose();
    };
  }, [url, kind, around, knownWidth, knownHeight, audio, gl]);

  return state;
}
