import type { Page } from '@playwright/test';
import { expect, waitForFrames } from './fixtures';

/** The two SUDS before-questions, typed into their number boxes. */
export async function answerBefore(page: Page, before = { now: 20, expected: 60 }) {
  await page
    .getByRole('spinbutton', { name: 'How distressed are you right now? (number)' })
    .fill(String(before.now));
  await page
    .getByRole('spinbutton', {
      name: 'How distressed do you expect to be at the worst moment? (number)',
    })
    .fill(String(before.expected));
}

/** Answers the before-questions with the keyboard and starts; waits for the scene to draw. */
export async function startSession(page: Page, path: string, before = { now: 20, expected: 60 }) {
  await page.goto(path);
  await answerBefore(page, before);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('toolbar', { name: 'Session controls' })).toBeVisible();
  await waitForFrames(page, 5);
}

/**
 * Runs scene time `scale` times faster from the page's first frame, so a test waits minutes of a
 * scene's story in seconds; `voiceLevel` fixes what the microphone hears, where a test speaks.
 */
export async function speedUpScene(page: Page, scale: number, voiceLevel?: number) {
  await page.addInitScript(
    ({ scale, voiceLevel }) => {
      const probe = window.__footholdProbe;
      if (!probe) return;
      probe.timeScale = scale;
      if (voiceLevel !== undefined) probe.voiceLevel = voiceLevel;
    },
    { scale, voiceLevel },
  );
}

/** Rates with a digit key (tens of SUDS), stops with Escape, and waits for the calm screen. */
export async function rateAndStop(page: Page, digit: number) {
  await page.keyboard.press(`Digit${digit}`);
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'You stopped. You are safe here.' }),
  ).toBeVisible();
}

export interface RawEvent {
  sessionId: string;
  seq: number;
  type: string;
  suds?: number;
  prompted?: boolean;
  level?: number;
  early?: boolean;
  via?: string;
  visible?: boolean;
  mode?: string;
  reason?: string;
  pattern?: { id: string; inhale: number; holdIn: number; exhale: number; holdOut: number };
}

/** Everything stored on this device, read straight from IndexedDB, not through the app. */
export function readDatabase(
  page: Page,
): Promise<{ sessions: { id: string; status: string }[]; events: RawEvent[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('foothold');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('sessions')) {
            db.close();
            resolve({ sessions: [], events: [] });
            return;
          }
          const tx = db.transaction(['sessions', 'events'], 'readonly');
          const sessions = tx.objectStore('sessions').getAll();
          const events = tx.objectStore('events').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ sessions: sessions.result, events: events.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export async function ratingsStored(page: Page): Promise<number[]> {
  const { events } = await readDatabase(page);
  return events.filter((e) => e.type === 'suds').map((e) => e.suds ?? -1);
}

/** The scene's measures as logged: the latest value of each, across every measures event. */
export async function loggedMeasures(page: Page): Promise<Record<string, number>> {
  const { events } = await readDatabase(page);
  const logged = events.filter((e) => e.type === 'measures') as {
    values?: Record<string, number>;
  }[];
  return Object.assign({}, ...logged.map((e) => e.values));
}
