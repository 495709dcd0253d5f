// Pages read IndexedDB through live queries: a commit from the log worker, from another connection
// (another tab) or from the page itself shows without anything asking the page to read again.
// The app's own database is used, emptied before each test.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { database } from '../../src/data/database';
import { FootholdDb } from '../../src/data/db';
import { saveSteps } from '../../src/data/ladder';
import { deleteAll } from '../../src/data/sessions';
import type { WorkerReply, WorkerRequest, Write } from '../../src/data/writes';
import type { LadderStep } from '../../src/domain/ladder/ladder';
import { createSessionStore } from '../../src/state/session';
import { HomePage } from '../../src/views/app/HomePage';
import LadderPage from '../../src/views/ladder/LadderPage';
import ReviewPage from '../../src/views/review/ReviewPage';
import SessionRecordPage from '../../src/views/review/SessionRecordPage';
import SettingsPage from '../../src/views/settings/SettingsPage';
import { calmInterrupted, heightsCompleted } from '../unit/sessionLogs';
import { render } from './intl';

/** A second connection to the app's database, as another tab holds one. */
const otherTab = new FootholdDb();
afterAll(() => otherTab.close());

beforeEach(async () => {
  await deleteAll(database());
});

const renderPage = (page: React.ReactNode) =>
  render(<Router hook={memoryLocation().hook}>{page}</Router>);

/** Commits writes through the log worker, in its own thread with its own connection, as sessions are logged. */
async function fromLogWorker(writes: Write[]): Promise<void> {
  const worker = new Worker(new URL('../../src/data/log.worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    for (const [id, write] of writes.entries()) {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => resolve(data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ id, write } satisfies WorkerRequest);
      });
      if (!reply.ok) throw new Error(`The worker did not commit: ${reply.error.message}`);
    }
  } finally {
    worker.terminate();
  }
}

/** A whole session as the log worker commits it: the record with its first event, then each event. */
function sessionWrites(session: ReturnType<typeof heightsCompleted>): Write[] {
  const { endedAt: _, ...record } = session.record;
  const opening = { ...record, status: 'active' as const };
  const { events } = session;
  return events.map((event, i) =>
    i === 0 ? { kind: 'event', event, record: opening } : { kind: 'event', event },
  );
}

const step = (name: string, position: number): LadderStep => ({
  id: `step-${name}`,
  sceneId: 'heights',
  name,
  level: position + 1,
  params: { elevation: 3, railing: 'wall', floor: 'solid', lookDownTask: false },
  custom: true,
  expectedSuds: null,
  position,
  createdAt: Date.UTC(2026, 0, 1) + position,
});

describe('the review page', () => {
  it('lists a session the log worker commits after the page opened, and empties on its own deletion', async () => {
    const screen = await renderPage(<ReviewPage />);
    await expect
      .element(
        screen.getByText('Nothing has been logged yet. Sessions appear here once you run one.'),
      )
      .toBeVisible();

    await fromLogWorker(sessionWrites(heightsCompleted()));
    const row = screen.getByRole('row').filter({ hasText: 'Heights' });
    await expect.element(row).toBeVisible();
    await expect.element(row.getByText('completed')).toBeVisible();

    await screen.getByRole('button', { name: 'Delete everything…' }).click();
    await expect
      .element(screen.getByRole('alertdialog'))
      .toHaveTextContent(/^This deletes 1 session and 4 ratings from this device\./);
    await screen.getByRole('button', { name: 'Delete 1 session' }).click();
    await expect
      .element(
        screen.getByText('Nothing has been logged yet. Sessions appear here once you run one.'),
      )
      .toBeVisible();
    await expect
      .element(screen.getByText('Everything was deleted from this device.'))
      .toBeVisible();
  });

  it("shows a running session's ratings on its own page as the log worker commits them", async () => {
    const session = heightsCompleted();
    const writes = sessionWrites(session);
    // Up to its first rating: running, with one rating.
    const firstRating = session.events.findIndex((e) => e.type === 'suds');
    await fromLogWorker(writes.slice(0, firstRating + 1));
    const screen = await renderPage(<SessionRecordPage id={session.record.id} />);
    await expect
      .element(screen.getByText('This session is still running; it can be deleted once it ends.'))
      .toBeVisible();

    await fromLogWorker(writes.slice(firstRating + 1));
    await expect
      .element(screen.getByRole('button', { name: 'Delete this session…' }))
      .toBeVisible();
    await expect
      .element(screen.getByText('This session is still running; it can be deleted once it ends.'))
      .not.toBeInTheDocument();
  });
});

describe('the ladder page', () => {
  it('shows a step another tab adds, and its own new ladder once written', async () => {
    const screen = await renderPage(<LadderPage />);
    const heights = screen.getByRole('region', { name: 'Fear of heights: Heights' });
    await expect.element(heights.getByText(/^No steps yet/)).toBeVisible();

    await saveSteps(otherTab, [step('Balcony at work', 0)]);
    await expect.element(heights.getByText('1. Balcony at work')).toBeVisible();

    const audience = screen.getByRole('region', {
      name: 'Fear of speaking to an audience: Speaking to an audience',
    });
    await audience
      .getByRole('button', { name: 'Start from the ten levels: Speaking to an audience' })
      .click();
    await expect.poll(() => audience.getByRole('listitem').elements().length).toBe(10);
  });
});

describe('the home page', () => {
  it('offers an interrupted session once it is marked, and drops the notice once dismissed', async () => {
    const screen = await renderPage(<HomePage />);
    await expect.element(screen.getByRole('heading', { name: 'Practice' })).toBeVisible();
    const notice = screen.getByRole('region', { name: 'A session was interrupted' });
    await expect.element(notice).not.toBeInTheDocument();

    const { record } = calmInterrupted();
    await otherTab.sessions.put({ ...record, noticeDismissed: false });
    await expect.element(notice).toBeVisible();

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.element(notice).not.toBeInTheDocument();
    expect((await otherTab.sessions.get(record.id))?.noticeDismissed).toBe(true);
  });

  it('offers a session left unfinished once the log worker has marked it', async () => {
    const screen = await renderPage(<HomePage />);
    await expect.element(screen.getByRole('heading', { name: 'Practice' })).toBeVisible();
    const session = createSessionStore();
    expect(
      session.getState().start({
        sceneId: 'calm',
        level: 1,
        params: { sunElevation: 12, waves: 0.25, breeze: 0.3, ambience: 0.6 },
        seed: 1,
        before: { sudsNow: 15, sudsExpected: 20 },
        promptMinutes: 5,
      }),
    ).toBeNull();
    expect(session.getState().record({ type: 'suds', suds: 20, prompted: false })).toBeNull();
    await session.getState().close();
    await expect
      .element(screen.getByRole('region', { name: 'A session was interrupted' }))
      .toBeVisible();
  });

  it('shows the next step of a ladder another tab builds', async () => {
    const screen = await renderPage(<HomePage />);
    await expect.element(screen.getByRole('link', { name: 'Build your ladder' })).toBeVisible();

    await saveSteps(otherTab, [step('Balcony at work', 0), step('Glass lift', 1)]);
    const next = screen.getByRole('region', { name: 'Your next step: fear of heights' });
    await expect.element(next.getByText('Balcony at work')).toBeVisible();
    await expect
      .element(screen.getByRole('link', { name: 'Build your ladder' }))
      .not.toBeInTheDocument();
  });
});

describe('the settings page', () => {
  // An off-the-record browser context keeps IndexedDB in memory and reports the same usage
  // whatever it holds, so the browser's figure is played by the test: what the page shows after a
  // write is what the browser says after it.
  let usage = 40 * 1024;
  beforeEach(() => {
    const spy = vi
      .spyOn(navigator.storage, 'estimate')
      .mockImplementation(async () => ({ usage, quota: 10 * 1024 ** 3 }));
    return () => spy.mockRestore();
  });

  it('shows the storage figure as it is after a write from another tab', async () => {
    usage = 40 * 1024;
    const screen = await renderPage(<SettingsPage />);
    const used = screen.getByTestId('storage-used');
    await expect.element(used).toHaveTextContent("Foothold uses 40 KB of this browser's storage.");

    usage = 552 * 1024;
    await saveSteps(otherTab, [step('Balcony at work', 0)]);
    await expect.element(used).toHaveTextContent("Foothold uses 552 KB of this browser's storage.");
  });
});
