// The review at any size, in Chromium against its real IndexedDB: each session's digest kept in
// step with its log by every write that changes what the review shows of it; the session list
// holds only the rows in view of 3,650 and reaches the last by scrolling or from the keyboard;
// and the progress charts' date axes read as dates however few the sessions.
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { findScene } from '../../scenes/registry';
import { database } from '../../src/data/database';
import { readDigests } from '../../src/data/digests';
import {
  deleteAll,
  deleteSession,
  readSession,
  recoverInterrupted,
  writeEvent,
} from '../../src/data/sessions';
import { buildExport } from '../../src/data/transfer/format';
import { importFile } from '../../src/data/transfer/importFile';
import { parseImport } from '../../src/data/transfer/validate';
import { DIGEST_VERSION, digestSession, type SessionDigest } from '../../src/domain/review/digest';
import type { ProgressPoint } from '../../src/domain/review/progress';
import { ProgressCharts } from '../../src/views/review/charts';
import { SessionList } from '../../src/views/review/SessionList';
import { audienceStoppedEarly, calmInterrupted, heightsCompleted } from '../unit/sessionLogs';
import { english, languageOf, render } from './intl';
// The app's own stylesheet: the list's box is bounded there, as on the page.
import '../../src/views/app/styles.css';
import { progressPoint } from './progressPoint';

beforeEach(async () => {
  await deleteAll(database());
});

/** The digest stored for a session, or undefined. */
const stored = (id: string) => database().digests.get(id);

/** What the digest should be: the session read from its whole log, as stored now. */
async function fromLog(id: string) {
  const log = await readSession(database(), id);
  return log ? digestSession(log) : null;
}

/** Writes a session's events one by one as the log writer does; `upTo` leaves it running. */
async function writeSession(session: ReturnType<typeof heightsCompleted>, upTo?: number) {
  const { endedAt: _, ...record } = session.record;
  const events = session.events.slice(0, upTo);
  for (const [i, event] of events.entries())
    await writeEvent(database(), event, i === 0 ? { ...record, status: 'active' } : undefined);
}

describe("each session's digest", () => {
  it('is written when the session ends, and not while it runs', async () => {
    const session = heightsCompleted();
    const id = session.record.id;
    await writeSession(session, session.events.length - 1);
    expect(await stored(id)).toBeUndefined();
    // The review reads a running session from its log.
    const running = await readDigests(database());
    expect(running.digests.map((d) => [d.id, d.status])).toEqual([[id, 'active']]);
    expect(running.unsaved).toEqual([]);

    await writeEvent(database(), session.events.at(-1) as (typeof session.events)[number]);
    expect(await stored(id)).toEqual(await fromLog(id));
    expect((await stored(id))?.status).toBe('completed');
    expect(await readDigests(database())).toEqual({ digests: [await fromLog(id)], unsaved: [] });
  });

  it('is written when recovery finds a session left running, and dropped when it is deleted', async () => {
    const session = calmInterrupted();
    const id = session.record.id;
    await writeSession(session);
    expect(await stored(id)).toBeUndefined();
    await recoverInterrupted(database(), async () => false);
    expect((await stored(id))?.status).toBe('interrupted');
    expect(await stored(id)).toEqual(await fromLog(id));

    await deleteSession(database(), id);
    expect(await stored(id)).toBeUndefined();
    expect(await database().digests.count()).toBe(0);
  });

  it('is written for every imported session, in the import, and dropped by deleting everything', async () => {
    const logs = [heightsCompleted(), audienceStoppedEarly()];
    const text = JSON.stringify(buildExport(logs, '0.1.0', new Date(Date.UTC(2026, 1, 1))));
    const parsed = parseImport(text, findScene);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await importFile(database(), parsed.file);
    for (const { record } of logs)
      expect(await stored(record.id)).toEqual(await fromLog(record.id));

    await deleteAll(database());
    expect(await database().digests.count()).toBe(0);
  });

  it('missing or stale, is read from the log by the review and named for storing again', async () => {
    const session = heightsCompleted();
    const id = session.record.id;
    await writeSession(session);
    const good = await stored(id);
    await database().digests.put({
      ...(good as SessionDigest),
      digestVersion: DIGEST_VERSION - 1,
      peak: 1,
    });
    expect(await readDigests(database())).toEqual({ digests: [good], unsaved: [id] });
    await database().digests.delete(id);
    expect(await readDigests(database())).toEqual({ digests: [good], unsaved: [id] });
  });
});

const DAY = 86_400_000;

/** Ten years of daily sessions as the review lists them, newest first. */
function tenYears(): SessionDigest[] {
  const t0 = Date.UTC(2024, 0, 1, 17);
  return Array.from({ length: 3650 }, (_, k) => {
    const i = 3649 - k;
    return {
      digestVersion: DIGEST_VERSION,
      id: `seed-${String(i).padStart(4, '0')}`,
      sceneId: i % 3 === 0 ? 'audience' : 'heights',
      startedAt: t0 + i * DAY,
      status: 'completed',
      levels: { min: 1, max: 2 },
      seconds: 1800,
      where: 'desktop',
      baseline: 20,
      peak: 70,
      end: 15,
      dropPercent: 78.6,
      endAtOrBelowHalfPeak: true,
      likelihood: null,
      ratings: 30,
      ssq: null,
    } satisfies SessionDigest;
  });
}

describe('the session list', () => {
  const renderList = (digests: SessionDigest[]) =>
    render(
      <Router hook={memoryLocation().hook}>
        <SessionList digests={digests} />
      </Router>,
    );
  const rendered = () => document.querySelectorAll('table.sessions tbody tr[data-index]').length;
  const link = (id: string) => document.querySelector(`table.sessions a[href$="/${id}"]`);

  it('holds only the rows in view of 3,650 sessions, says how many, and scrolls to the last', async () => {
    const screen = await renderList(tenYears());
    await expect
      .element(screen.getByText('3,650 sessions, newest first.', { exact: false }))
      .toBeVisible();
    await expect.element(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '3651');
    await expect.element(screen.getByRole('link').first()).toBeVisible();
    expect(link('seed-3649')).not.toBeNull();
    expect(rendered()).toBeGreaterThan(5);
    expect(rendered()).toBeLessThan(60);

    const box = document.querySelector('.session-list') as HTMLElement;
    box.scrollTop = box.scrollHeight;
    await expect.poll(() => link('seed-0000')).not.toBeNull();
    const last = link('seed-0000')?.closest('tr');
    expect(last?.getAttribute('aria-rowindex')).toBe('3651');
    expect(rendered()).toBeLessThan(60);
    expect(link('seed-3649')).toBeNull();
  });

  it('moves from row to row with the keyboard, to the last and back to the first', async () => {
    const screen = await renderList(tenYears());
    await expect.element(screen.getByRole('link').first()).toBeVisible();
    (link('seed-3649') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => document.activeElement?.getAttribute('href')).toMatch(/seed-3648$/);
    await userEvent.keyboard('{End}');
    await expect.poll(() => document.activeElement?.getAttribute('href')).toMatch(/seed-0000$/);
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(() => document.activeElement?.getAttribute('href')).toMatch(/seed-0001$/);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => document.activeElement?.getAttribute('href')).toMatch(/seed-3649$/);
    expect(rendered()).toBeLessThan(60);
  });
});

describe('the progress charts', () => {
  const point = progressPoint;
  /** The text of every label of the first chart, once it is drawn. */
  async function labels(points: ProgressPoint[], intl = english) {
    const screen = await render(<ProgressCharts title="Heights" points={points} />, { intl });
    const chart = screen.getByRole('img', {
      name: intl.formatMessage(
        {
          id: 'charts.distressLabel',
          defaultMessage: '{scene}: peak and end distress per session',
        },
        { scene: 'Heights' },
      ),
    });
    await expect.element(chart).toBeVisible();
    return [...chart.element().querySelectorAll('text')].map((t) => t.textContent ?? '');
  }
  const day = (t: number, locale = 'en') =>
    new Date(t).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
  const noTimes = (texts: string[]) => texts.filter((t) => /\d:\d\d|T\d\d|Z$/.test(t));

  it('label one session with its date, not a timestamp', async () => {
    const at = new Date(2026, 11, 1, 19, 11, 43).getTime();
    const texts = await labels([point(at)]);
    expect(noTimes(texts)).toEqual([]);
    expect(texts).toContain(day(at));
  });

  it('label two sessions on one day with that day, not every 30 seconds', async () => {
    const at = new Date(2026, 11, 1, 9, 0).getTime();
    const texts = await labels([point(at), point(at + 30 * 60_000)]);
    expect(noTimes(texts)).toEqual([]);
    expect(texts.filter((t) => t === day(at))).toHaveLength(1);
  });

  it("label the dates in the page's language", async () => {
    const at = new Date(2026, 11, 1, 19, 11, 43).getTime();
    const texts = await labels([point(at)], await languageOf('de'));
    expect(texts).toContain(day(at, 'de'));
    expect(day(at, 'de')).not.toBe(day(at));
  });

  it('label two years by month and year', async () => {
    const from = new Date(2024, 0, 1, 18).getTime();
    const texts = await labels(Array.from({ length: 730 }, (_, i) => point(from + i * DAY)));
    expect(noTimes(texts)).toEqual([]);
    const months = texts.filter((t) => /(2024|2025|2026)/.test(t));
    expect(months.length).toBeGreaterThanOrEqual(4);
    expect(months.length).toBeLessThanOrEqual(8);
  });
});
