// A session's summary as the person reads it: its figures written by the page's language.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/domain/pacer/patterns';
import { readSessionLog } from '../../src/domain/session/read';
import { SSQ_ITEMS } from '../../src/domain/ssq';
import { SummaryView } from '../../src/views/widgets/SummaryView';
import { heightsCompleted, logged } from '../unit/sessionLogs';
import { render } from './intl';

const SEC = 1000;
const T0 = Date.UTC(2026, 1, 3, 18);

/**
 * A ladder step's varied session of a scene this version no longer has (so the words are the
 * summary's own): ratings asked and not, the pacer, the headset, a level change, a skipped prompt,
 * likelihood and the cybersickness check before and after.
 */
const varied = () =>
  logged('v', [
    {
      type: 'started',
      at: T0,
      sceneId: 'old-scene',
      level: 2,
      params: { wind: 3 },
      seed: 9,
      before: {
        sudsNow: 20,
        sudsExpected: 60,
        fearedOutcome: 'I will freeze',
        likelihood: 80,
        ssq: SSQ_ITEMS.map(() => 0),
      },
      promptMinutes: 1,
      step: { id: 'step-1', name: 'The windy balcony' },
      variation: { baseSeed: 4, changed: { wind: { from: 2, to: 3 } } },
    },
    { type: 'suds', at: T0 + 30 * SEC, suds: 40, prompted: false },
    { type: 'pacer', at: T0 + 45 * SEC, visible: true, pattern: PRESETS.resonance },
    { type: 'suds', at: T0 + 60 * SEC, suds: 65, prompted: true },
    { type: 'xr-enter', at: T0 + 70 * SEC },
    { type: 'intensity', at: T0 + 90 * SEC, level: 3, params: { wind: 4 }, custom: false },
    { type: 'prompt-skipped', at: T0 + 120 * SEC, missed: true },
    { type: 'stop', at: T0 + 150 * SEC, early: true, via: 'escape-key' },
    {
      type: 'end',
      at: T0 + 170 * SEC,
      after: {
        sudsEnd: 30,
        likelihoodNow: 25,
        learned: 'It passed',
        ssq: SSQ_ITEMS.map((_, i) => (i < 3 ? 1 : 0)),
      },
    },
  ]);

async function renderVaried() {
  const { record, events } = varied();
  const read = readSessionLog(record, events);
  if (!read) throw new Error('the session did not read');
  return render(<SummaryView state={read.state} summary={read.summary} ratings={read.ratings} />);
}

const figure = (screen: Awaited<ReturnType<typeof render>>, name: string) =>
  screen.container.querySelector(`[data-figure="${name}"]`)?.textContent;

describe('the session summary', () => {
  it('writes its figures, the percentages as percentages', async () => {
    const screen = await renderVaried();
    expect(figure(screen, 'baseline')).toBe('20');
    expect(figure(screen, 'expected')).toBe('60');
    expect(figure(screen, 'peak')).toBe('65');
    expect(figure(screen, 'end')).toBe('30');
    expect(figure(screen, 'drop')).toBe('53.8%');
    expect(figure(screen, 'time')).toBe('2:30');
    expect(figure(screen, 'expectancy')).toBe('80% → 25% (-55 points)');
    expect(figure(screen, 'step')).toBe(
      'Ladder step: The windy balcony · varied (another layout, wind 2 → 3)',
    );
  });

  it('says how the session went, where, and what was given', async () => {
    const screen = await renderVaried();
    await expect
      .element(screen.getByText(/^old-scene · .+ · Stopped early · in the headset$/))
      .toBeVisible();
    await expect
      .element(
        screen.getByText('Your distress came down to half of its peak or lower before the end.'),
      )
      .toBeVisible();
    await expect.element(screen.getByText('Level 2: 1:30')).toBeVisible();
    await expect.element(screen.getByText('Level 3: 1:00')).toBeVisible();
    await expect.element(screen.getByText('Prompts skipped or missed: 1.')).toBeVisible();
    await expect.element(screen.getByText('What you learned: “It passed”')).toBeVisible();
    const table = screen.getByRole('table', { name: /^Distress ratings in the order given/ });
    const rows = [...table.element().querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['0:30', '0:30', '40', '2', 'your own', '–'],
      ['1:00', '1:00', '65', '2', 'prompted', 'shown'],
    ]);
  });

  it('shows the cybersickness scores before and after, and the change', async () => {
    const screen = await renderVaried();
    // Three slight symptoms: raw sums 1 (nausea), 3 (oculomotor), 0 (disorientation); 4 × 3.74.
    expect(figure(screen, 'ssq-before')).toBe('0');
    expect(figure(screen, 'ssq-after')).toBe('15');
    expect(figure(screen, 'ssq-rise')).toBe('The total changed by +15.');
    const rows = [...screen.container.querySelectorAll('.ssq-summary tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Before', '0', '0', '0', '0'],
      ['After', '9.5', '22.7', '0', '15'],
    ]);
  });

  it("names the scene's levels and writes its measures with their units", async () => {
    const { record, events } = heightsCompleted();
    const read = readSessionLog(record, events);
    if (!read) throw new Error('the session did not read');
    const screen = await render(
      <SummaryView state={read.state} summary={read.summary} ratings={read.ratings} />,
    );
    await expect
      .element(screen.getByText(/^Heights · .+ · Completed · in the headset$/))
      .toBeVisible();
    const levels = [...screen.container.querySelectorAll('li')].map((li) => li.textContent);
    expect(levels).toHaveLength(2);
    expect(levels[0]).toMatch(/^Level 3 \(.+\): 3:00$/);
    expect(levels[1]).toMatch(/^Level 4 \(.+\): 5:30$/);
    await expect
      .element(screen.getByRole('heading', { name: 'What the scene measured' }))
      .toBeVisible();
    expect(screen.container.querySelector('[data-measure="lookDownShare"]')?.textContent).toBe(
      '0.125 %',
    );
  });
});
