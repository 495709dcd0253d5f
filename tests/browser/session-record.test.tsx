// One stored session as its page shows it: the curve and the ratings table under it on one clock.
import { describe, expect, it } from 'vitest';
import { readSessionLog } from '../../src/domain/session/read';
import { SessionCurveChart } from '../../src/views/review/charts';
import { SummaryView } from '../../src/views/widgets/SummaryView';
import { logged } from '../unit/sessionLogs';
import { render } from './intl';

const SEC = 1000;
const T0 = Date.UTC(2026, 1, 3, 18);

/** A rating at one minute, a minute's pause, a rating at four minutes on the clock. */
const paused = () =>
  logged('p', [
    {
      type: 'started',
      at: T0,
      sceneId: 'heights',
      level: 3,
      params: {},
      seed: 1,
      before: { sudsNow: 20, sudsExpected: 60 },
      promptMinutes: 2,
    },
    { type: 'suds', at: T0 + 60 * SEC, suds: 40, prompted: true },
    { type: 'pause', at: T0 + 120 * SEC, reason: 'person' },
    { type: 'resume', at: T0 + 180 * SEC },
    { type: 'suds', at: T0 + 240 * SEC, suds: 70, prompted: false },
    { type: 'stop', at: T0 + 300 * SEC, early: false, via: 'finish-button' },
    { type: 'end', at: T0 + 330 * SEC, after: { sudsEnd: 30 } },
  ]);

describe('a stored session with a pause', () => {
  it('shows each rating at the time the curve has it, and its active time labelled beside it', async () => {
    const { record, events } = paused();
    const read = readSessionLog(record, events);
    if (!read) throw new Error('the session did not read');
    const screen = await render(
      <>
        <SessionCurveChart curve={read.curve} />
        <SummaryView state={read.state} summary={read.summary} ratings={read.ratings} />
      </>,
    );
    const chart = screen.getByRole('img', { name: 'Distress over the session' });
    await expect.element(chart).toBeVisible();
    const table = screen.getByRole('table');
    const headers = [...table.element().querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.slice(0, 3)).toEqual(['Since the start', 'Active time', 'SUDS']);
    const rows = [...table.element().querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['1:00', '1:00', '40'],
      ['4:00', '3:00', '70'],
    ]);
    // The curve's dots name their time: the table's first column.
    const dots = [...chart.element().querySelectorAll('title')].map((t) => t.textContent);
    expect(dots).toEqual(['1:00: 40 (prompted)', '4:00: 70']);
  });
});
