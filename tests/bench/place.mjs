// The person's own place, added as a person adds one (the ladder page's form) and opened from its
// step: a 4096×2048 photo and a 4K video at every level (draw calls, triangles), the JavaScript
// that opening a place loads, and ten minutes of a looping video (played fast: the video is the
// scene's timeline) with the JS heap and the renderer's memory compared at the start and the end.
import { startSession, waitForFrames } from '../tools/session.mjs';
import { LEVELS, levelUpTo, loadFresh, scriptBytes } from './browser.mjs';
import { lastFrame } from './desktop.mjs';
import { snapshot } from './memory.mjs';

/** Ten minutes of video time, at this many times the video's speed. */
export const VIDEO_MINUTES = 10;
const FAST = 4;

/** A 360° picture drawn on a canvas in the page: sky, ground and marks all round. */
function photo(page, width, height) {
  return page.evaluate(
    async ({ width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d');
      const sky = g.createLinearGradient(0, 0, 0, height);
      sky.addColorStop(0, '#7fb2e5');
      sky.addColorStop(0.5, '#dfe9f2');
      sky.addColorStop(0.51, '#6b7b55');
      sky.addColorStop(1, '#3b4630');
      g.fillStyle = sky;
      g.fillRect(0, 0, width, height);
      for (let i = 0; i < 64; i++) {
        g.fillStyle = `hsl(${(i * 37) % 360} 40% 40%)`;
        g.fillRect((i / 64) * width, height * 0.42, width / 90, height * 0.09 * (1 + (i % 3)));
      }
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    { width, height },
  );
}

/** A short video recorded in the page from a canvas that changes every frame. */
function video(page, width, height, frames) {
  return page.evaluate(
    async ({ width, height, frames }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d');
      // Frames given one by one: a large canvas drawn in software misses a timed capture's beats.
      const stream = canvas.captureStream(0);
      const [track] = stream.getVideoTracks();
      const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
      const chunks = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((resolve) => {
        recorder.onstop = resolve;
      });
      recorder.start();
      for (let frame = 0; frame < frames; frame++) {
        g.fillStyle = `hsl(${(frame * 9) % 360} 60% 45%)`;
        g.fillRect(0, 0, width, height);
        g.fillStyle = '#fff';
        g.fillRect(((frame * 17) % 100) * (width / 100), height / 3, width / 20, height / 3);
        track.requestFrame();
        await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
      }
      recorder.stop();
      await stopped;
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
    },
    { width, height, frames },
  );
}

/** Adds the file through "Add your own place" and opens its step's session, started. */
async function addAndOpen(page, file, name) {
  const form = page.getByRole('form', { name: 'Add your own place' });
  await form.getByLabel('Photo or video').setInputFiles(file);
  await form.getByLabel('Its name, in your own words').fill(name);
  await form.getByLabel('Start at level').selectOption('1');
  await form.getByRole('button', { name: 'Add the place' }).click();
  await form.getByRole('status').or(form.getByRole('alert')).waitFor({ timeout: 120_000 });
  const refused = form.getByRole('alert');
  if (await refused.count()) throw new Error(`The place was refused: ${await refused.innerText()}`);
}

async function openStep(page, name) {
  await page
    .getByRole('link', { name: `Start ${name}` })
    .first()
    .click();
  await startSession(page);
  await waitForFrames(page, 10);
}

/**
 * Each place at every level; `kind` names it in the table.
 * @returns {Promise<{ photo: object, video: object, foreign: string[] }>}
 */
export async function placeBench(browser) {
  const out = { foreign: [] };
  const files = [
    {
      kind: 'photo',
      what: '4096×2048 360° photo',
      make: async (page) => ({
        name: 'place.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(await photo(page, 4096, 2048)),
      }),
    },
    {
      kind: 'video',
      what: '3840×2160 video',
      make: async (page) => ({
        name: 'place.webm',
        mimeType: 'video/webm',
        buffer: Buffer.from(await video(page, 3840, 2160, 20)),
      }),
    },
  ];
  for (const file of files) {
    const run = await loadFresh(browser, '#/ladder', async (page) => {
      await addAndOpen(page, await file.make(page), file.what);
    });
    // What opening the step loads, from here on: the session page and the scene.
    const opened = run.responses.length;
    await openStep(run.page, file.what);
    await run.page.waitForLoadState('networkidle');
    // Bodies are recorded as they are read: wait until none is still on its way.
    await run.page.waitForTimeout(1000);
    // The person's file is read from an object URL: it is theirs, not the app's code.
    const loaded = run.responses.slice(opened).filter((r) => !r.url.startsWith('blob:'));
    const levels = [];
    for (let level = 1; level <= LEVELS; level++) {
      if (level > 1) await levelUpTo(run.page, level);
      await waitForFrames(run.page, 15);
      levels.push({ level, ...(await lastFrame(run.page)) });
    }
    out[file.kind] = {
      what: file.what,
      levels,
      opening: scriptBytes(loaded),
      own: scriptBytes(loaded, (r) => /\/PlaceScene-[\w-]+\.js$/.test(r.url)),
      scripts: loaded.filter((r) => r.type === 'script').map((r) => r.url.split('/').pop()),
    };
    out.foreign.push(...run.foreign);
    await run.context.close();
  }
  return out;
}

/** Seconds of the video played so far, loops counted, read from the element the scene plays. */
function played(page) {
  return page.evaluate(() => {
    const video = window.__footholdProbe?.scene?.getObjectByName('place-screen')?.userData.video;
    if (!(video instanceof HTMLVideoElement)) return 0;
    const w = window;
    if (!w.__played) {
      w.__played = { total: 0, last: video.currentTime };
      video.addEventListener('timeupdate', () => {
        const p = w.__played;
        const now = video.currentTime;
        // A loop starts again from 0: the time from the last reading to the end, then from 0.
        p.total += now >= p.last ? now - p.last : video.duration - p.last + now;
        p.last = now;
      });
    }
    return w.__played.total;
  });
}

/** Ten minutes of a looping 1280×720 video at its top level (played fast), memory compared. */
export async function placeMemory(browser) {
  const run = await loadFresh(browser, '#/ladder', async (page) => {
    await page.evaluate((fast) => {
      if (window.__footholdProbe) window.__footholdProbe.timeScale = fast;
    }, FAST);
    await addAndOpen(
      page,
      {
        name: 'loop.webm',
        mimeType: 'video/webm',
        buffer: Buffer.from(await video(page, 1280, 720, 150)),
      },
      'A looping video',
    );
  });
  const { page } = run;
  await openStep(page, 'A looping video');
  for (let level = 2; level <= LEVELS; level++) await levelUpTo(page, level);
  const cdp = await page.context().newCDPSession(page);
  // Half a minute of video first: the textures and the decoder are made, the first loops run.
  for (let waited = 0; (await played(page)) < 30; waited++) {
    if (waited > 120)
      throw new Error(
        `The video played ${await played(page)} s in two minutes: ${await page.evaluate(() => {
          const v = window.__footholdProbe?.scene?.getObjectByName('place-screen')?.userData.video;
          return v
            ? JSON.stringify({
                paused: v.paused,
                ended: v.ended,
                time: v.currentTime,
                duration: v.duration,
                loop: v.loop,
                rate: v.playbackRate,
                ready: v.readyState,
              })
            : 'no video';
        })}`,
      );
    await page.waitForTimeout(1000);
  }
  const start = await snapshot(page, cdp);
  const from = await played(page);
  while ((await played(page)) - from < VIDEO_MINUTES * 60) await page.waitForTimeout(2000);
  const end = await snapshot(page, cdp);
  await run.context.close();
  return { start, end, foreign: run.foreign };
}
