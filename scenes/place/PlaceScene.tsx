import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import type { SceneProps } from '../types';
import { Ahead } from './Ahead';
import { Around } from './Around';
import type { PlaceParams } from './levels';
import { addPlaceFrame, facesMiddle, newPlaceTally, placeMeasures } from './measures';
import { Surround } from './Surround';
import { useShown } from './useShown';
import { playVideo } from './video';

const REPORT_SECONDS = 1;
const REPORTED = ['lookingShare', 'watchedSeconds'] as const;

/**
 * The person's own photo or video: all around them on a sphere, or on a screen ahead, at the
 * level's size, brightness, softening and (a video's) sound and speed. Without a file it is the
 * dim surround alone; the session says why.
 */
const MAX_PLAYBACK_RATE = 16;

export default function PlaceScene({
  params,
  measures,
  audio,
  content,
  paused = false,
  timeScale = 1,
}: SceneProps<PlaceParams>) {
  const { shown, failed } = useShown(content, audio);

  // A paused session holds the video where it is; going on plays it from there.
  useLayoutEffect(() => {
    const video = shown?.video;
    if (!video) return;
    if (paused) video.pause();
    else if (!video.ended) playVideo(video);
  }, [shown, paused]);

  // A video follows the level as it commits; one that had ended starts again if it now loops.
  const { loop, speed, volume } = params;
  useLayoutEffect(() => {
    if (!shown?.video) return;
    const video = shown.video;
    // Read first: once it loops, a video at its end no longer counts as ended.
    const finished = video.ended;
    video.loop = loop;
    // The video is the scene's own timeline: a test or the bench runs it faster, as far as
    // browsers play (16×).
    const rate = Math.min(MAX_PLAYBACK_RATE, speed * timeScale);
    video.defaultPlaybackRate = rate;
    video.playbackRate = rate;
    shown.sound?.set(volume / 100);
    if (loop && finished && !paused) {
      video.currentTime = 0;
      playVideo(video);
    }
  }, [shown, loop, speed, volume, timeScale, paused]);

  const showing = useRef(shown);
  showing.current = shown;
  const work = useMemo(
    () => ({
      look: new Vector3(),
      tally: newPlaceTally(),
      frame: { shown: false, facing: false, watching: false },
      videoTime: -1,
      sinceReport: 0,
    }),
    [],
  );

  useFrame(({ camera }, dt) => {
    const s = showing.current;
    // A long frame (the page hidden, a stall) counts as no more than a tenth of a second.
    const step = Math.min(dt, 0.1);
    camera.getWorldDirection(work.look);
    const f = work.frame;
    f.shown = s !== null;
    f.facing = facesMiddle(work.look);
    f.watching = s !== null;
    const video = s?.video;
    if (video) {
      // Played: its time moved on since the last frame (not paused, ended or waiting for data).
      const time = video.currentTime;
      f.watching = time !== work.videoTime && !video.paused;
      work.videoTime = time;
    }
    addPlaceFrame(work.tally, f, step);
    work.sinceReport += dt;
    if (work.sinceReport >= REPORT_SECONDS) {
      work.sinceReport = 0;
      const m = placeMeasures(work.tally);
      for (const name of REPORTED) {
        const value = m[name];
        if (value !== undefined) measures.report(name, value);
      }
    }
  });

  const wrap = content?.wrap;
  return (
    <group name="place" userData={{ failed, kind: content?.kind ?? null, tally: work.tally }}>
      {(shown === null || wrap !== 'around') && <Surround />}
      {shown && wrap === 'around' && <Around shown={shown} params={params} />}
      {shown && wrap === 'ahead' && <Ahead shown={shown} params={params} />}
    </group>
  );
}
