// The session's own words on a screen: the rating control, the controls bar and the save notice,
// in English as today and in another language once its catalogue holds them.
import { afterEach, describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { levelOf, type SceneDefinition } from '../../scenes/types';
import { describeStorageError } from '../../src/data/errors';
import type { SessionEvent } from '../../src/domain/session/events';
import { replay, type SessionState } from '../../src/domain/session/machine';
import { useSession } from '../../src/state/session';
import { SaveStatus } from '../../src/views/session/SaveStatus';
import { SessionControls } from '../../src/views/session/SessionControls';
import { SudsInput } from '../../src/views/widgets/SudsInput';
import { render } from './intl';
import { languageWith } from './scene-words';

const found = findScene('calm');
if (!found) throw new Error('bug: no calm scene');
const calm: SceneDefinition = found;

const T0 = 1_700_000_000_000;
function running(level: number, more: SessionEvent[] = []): SessionState {
  const state = replay([
    {
      type: 'started',
      at: T0,
      sceneId: 'calm',
      level,
      params: levelOf(calm, level).params,
      seed: 1,
      before: { sudsNow: 20, sudsExpected: 60 },
      promptMinutes: 2,
    },
    ...more,
  ]);
  if (!state) throw new Error('bug: no state');
  return state;
}

const german = languageWith('de', {
  'session.sudsNow': 'Wie belastet bist du gerade?',
  'suds.slider': '{label} (Schieberegler)',
  'suds.number': '{label} (Zahl)',
  'suds.notRatedShown': 'Noch nicht eingeschätzt',
  'suds.shown': '{value, number} · {words}',
  'suds.moderate': 'Mittel',
  'suds.notAStep':
    '{value, number} ist kein Vielfaches von 5: Einschätzungen gehen in Fünferschritten (0, 5, 10, … 100).',
  'session.stop': 'Stopp <kbd>Esc</kbd>',
  'session.pause': 'Pausieren <kbd>P</kbd>',
  'session.title': '{scene} · Stufe {level}{adjusted, select, yes { (angepasst)} other {}}: {name}',
  'session.lastRating':
    '{rated, select, yes {Letzte Einschätzung: {suds, number}.} other {Noch keine Einschätzung.}} Einschätzungen bisher: {count, number}.',
  'session.notSaved':
    '<strong>Noch nicht gespeichert.</strong> {error} {pending, plural, one {# Eintrag bleibt in diesem Tab erhalten und wird gespeichert} other {# Einträge bleiben in diesem Tab erhalten und werden gespeichert}}, sobald der Speicher wieder funktioniert. Lass diesen Tab offen.',
});

const full = describeStorageError(new DOMException('quota', 'QuotaExceededError'));

afterEach(() => {
  useSession.setState({
    save: { pending: 0, error: null, committed: 0, notice: null },
    problem: null,
  });
});

describe('the rating control', () => {
  it('says the rating and its anchor words, in English as before', async () => {
    const screen = await render(
      <SudsInput label="How distressed are you right now?" value={45} onChange={() => {}} />,
    );
    const slider = screen.getByRole('slider', {
      name: 'How distressed are you right now? (slider)',
    });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '45, Moderate');
    await expect.element(screen.getByText('45 · Moderate')).toBeVisible();
    await expect
      .element(screen.getByRole('list', { name: 'What the numbers mean' }))
      .toHaveTextContent(
        '0–9 Calm10–39 Mild, coping40–59 Moderate60–89 Severe, thoughts of leaving90–100 Extreme',
      );
    await screen
      .getByRole('spinbutton', { name: 'How distressed are you right now? (number)' })
      .fill('33');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('33 is not a step of 5: ratings go 0, 5, 10, … 100.');
  });

  it('speaks the page’s language, numbers and all', async () => {
    const screen = await render(
      <SudsInput label="Belastung jetzt" value={null} onChange={() => {}} />,
      { intl: german },
    );
    await expect
      .element(screen.getByRole('slider', { name: 'Belastung jetzt (Schieberegler)' }))
      .toBeVisible();
    await expect.element(screen.getByText('Noch nicht eingeschätzt')).toBeVisible();
    await screen.getByRole('spinbutton', { name: 'Belastung jetzt (Zahl)' }).fill('12.5');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        '12,5 ist kein Vielfaches von 5: Einschätzungen gehen in Fünferschritten (0, 5, 10, … 100).',
      );
  });
});

describe('the controls during the exposure', () => {
  it('names the scene, the level and every control, in English as before', async () => {
    const screen = await render(<SessionControls scene={calm} state={running(3)} />);
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Calm shore · level 3: Low sun over the water');
    await expect.element(screen.getByRole('button', { name: 'Stop Esc' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Pause P' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'One level down' })).toBeVisible();
    await expect.element(screen.getByText('No rating yet. Ratings so far: 0.')).toBeVisible();
  });

  it('counts the ratings and marks a level adjusted by hand', async () => {
    const state = running(3, [
      { type: 'suds', at: T0 + 1000, suds: 40, prompted: false },
      { type: 'intensity', at: T0 + 2000, level: 3, params: running(3).params, custom: true },
    ]);
    const screen = await render(<SessionControls scene={calm} state={state} />);
    const title = screen.getByRole('heading', { level: 1 });
    await expect
      .element(title)
      .toHaveTextContent('Calm shore · level 3 (adjusted): Low sun over the water');
    await expect
      .element(title)
      .toHaveAttribute('title', 'Calm shore · level 3 (adjusted): Low sun over the water');
    await expect.element(screen.getByText('Last rating: 40. Ratings so far: 1.')).toBeVisible();
  });

  it('speaks the page’s language', async () => {
    const screen = await render(<SessionControls scene={calm} state={running(3)} />, {
      intl: german,
    });
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent(/· Stufe 3: /);
    await expect.element(screen.getByRole('button', { name: 'Stopp Esc' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Pausieren P' })).toBeVisible();
    await expect
      .element(screen.getByText('Noch keine Einschätzung. Einschätzungen bisher: 0.'))
      .toBeVisible();
  });
});

describe('the save notice', () => {
  it('says why saving fails and how much is kept, counted in words', async () => {
    useSession.setState({
      save: {
        pending: 3,
        error: full,
        committed: 0,
        notice: null,
      },
    });
    const screen = await render(<SaveStatus />);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        'Not saved yet. The storage space this browser gives Foothold is full. 3 entries are kept in this tab and will be saved as soon as storage works again. Keep this tab open.',
      );
    useSession.setState((s) => ({ save: { ...s.save, pending: 1 } }));
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/ 1 entry is kept /);
  });

  it('in German, with the plural of the language', async () => {
    useSession.setState({
      save: {
        pending: 1,
        error: full,
        committed: 0,
        notice: null,
      },
    });
    const screen = await render(<SaveStatus />, { intl: german });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        /^Noch nicht gespeichert\. .+ full\. 1 Eintrag bleibt in diesem Tab erhalten und wird gespeichert, sobald/,
      );
  });
});
