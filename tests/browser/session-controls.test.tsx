// The session's own words on a screen: the rating control, the controls bar and the save notice,
// in English as today and in another language once its catalogue holds them; and the rating dock,
// folded while the scene runs, open when a rating is asked for, given with a key, or chosen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { findScene } from '../../scenes/registry';
import { levelOf, type SceneDefinition } from '../../scenes/types';
import { describeStorageError } from '../../src/data/errors';
import type { SessionEvent } from '../../src/domain/session/events';
import { replay, type SessionState } from '../../src/domain/session/machine';
import { useSession } from '../../src/state/session';
import { SHOWN_MS } from '../../src/views/session/RatingDock';
import { SaveStatus } from '../../src/views/session/SaveStatus';
import { SessionControls } from '../../src/views/session/SessionControls';
import { useSessionKeys } from '../../src/views/session/useSessionKeys';
import { SudsInput } from '../../src/views/widgets/SudsInput';
import { render } from './intl';
import { languageWith } from './scene-words';

const found = findScene('calm');
if (!found) throw new Error('bug: no calm scene');
const calm: SceneDefinition = found;

const T0 = 1_700_000_000_000;
/** What a calm session at a level starts with, both replayed and started live. */
const calmStart = (level: number) => ({
  sceneId: 'calm',
  level,
  params: levelOf(calm, level).params,
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 60 },
  promptMinutes: 2,
});

function running(level: number, more: SessionEvent[] = []): SessionState {
  const state = replay([{ type: 'started', at: T0, ...calmStart(level) }, ...more]);
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

afterEach(async () => {
  await useSession.getState().close();
  useSession.setState({
    save: { pending: 0, error: null, committed: 0, notice: null },
    problem: null,
    promptOpen: false,
  });
});

/** A session in the page's own store, started as the session page starts it. */
function startCalm(level = 3) {
  const problem = useSession.getState().start(calmStart(level));
  if (problem) throw new Error('bug: the session did not start');
}

/** The controls over the running session, with the page's keys, as the session page has them. */
function LiveControls() {
  useSessionKeys(calm);
  const session = useSession((s) => s.session);
  return session ? <SessionControls scene={calm} state={session} /> : null;
}

const ratings = () => useSession.getState().session?.ratings.map((r) => r.suds) ?? [];

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
    await expect
      .element(screen.getByRole('region', { name: 'Rate your distress' }))
      .toHaveTextContent('No rating yet. Ratings so far: 0.');
  });

  it('gives every control a name a screen reader says, folded and open', async () => {
    const screen = await render(<SessionControls scene={calm} state={running(3)} />);
    const named = async () => {
      const controls = [
        ...screen.getByRole('button').all(),
        ...screen.getByRole('slider').all(),
        ...screen.getByRole('spinbutton').all(),
      ];
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) await expect.element(control).toHaveAccessibleName();
      return controls.length;
    };
    const folded = await named();
    await screen.getByRole('button', { name: 'Rate distress' }).click();
    await expect
      .element(screen.getByRole('slider', { name: 'Distress now (slider)' }))
      .toBeVisible();
    expect(await named()).toBeGreaterThan(folded);
    await expect.element(screen.getByRole('button', { name: 'Rate', exact: true })).toBeVisible();
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
    await expect
      .element(screen.getByRole('region', { name: 'Rate your distress' }))
      .toHaveTextContent('Last rating: 40. Ratings so far: 1.');
    await expect
      .element(screen.getByRole('button', { name: 'Rate distress · last 40' }))
      .toHaveAttribute('aria-expanded', 'false');
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
      .toBeInTheDocument();
  });
});

describe('the rating dock', () => {
  const slider = () => document.querySelector('.rating-dock input[type="range"]');

  it('is folded to one button while the scene runs, and stays so', async () => {
    startCalm();
    const screen = await render(<LiveControls />);
    const toggle = screen.getByRole('button', { name: 'Rate distress' });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect.element(screen.getByRole('slider')).not.toBeInTheDocument();
    await expect
      .element(screen.getByText('Time for a rating', { exact: false }))
      .not.toBeInTheDocument();
    // Other controls do not open it.
    await userEvent.keyboard('b');
    await expect.poll(() => useSession.getState().session?.pacer).not.toBeNull();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(slider()).toBeNull();
  });

  it('opens when a rating is asked for, and folds when it is answered', async () => {
    startCalm();
    const screen = await render(<LiveControls />);
    // The prompt clock opens the prompt in the store when it comes due.
    useSession.setState({ promptOpen: true });
    const dock = screen.getByRole('region', { name: 'Rate your distress' });
    await expect
      .element(dock.getByText('Time for a rating: how distressed are you now?'))
      .toBeVisible();
    await expect.element(dock.getByRole('slider', { name: 'Distress now (slider)' })).toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Rate distress' }))
      .toHaveAttribute('aria-expanded', 'true');
    await expect.element(dock.getByRole('button', { name: 'Skip this one' })).toBeVisible();
    // A prompt does not take the person's focus; the folded button takes them into it.
    expect(dock.element().contains(document.activeElement)).toBe(false);
    await screen.getByRole('button', { name: 'Rate distress' }).click();
    await expect.element(dock.getByRole('slider', { name: 'Distress now (slider)' })).toHaveFocus();

    await dock.getByRole('spinbutton', { name: 'Distress now (number)' }).fill('55');
    await dock.getByRole('button', { name: 'Rate', exact: true }).click();
    expect(useSession.getState().session?.ratings.at(-1)).toMatchObject({
      suds: 55,
      prompted: true,
    });
    // The clock closes the prompt once it is answered.
    useSession.setState({ promptOpen: false });
    await expect.element(dock.getByRole('slider')).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('button', { name: 'Rate distress · last 55' }))
      .toHaveFocus();
  });

  it('records a digit key exactly as before, opens to show it, then folds by itself', async () => {
    startCalm();
    const screen = await render(<LiveControls />);
    await userEvent.keyboard('4');
    expect(ratings()).toEqual([40]);
    const dock = screen.getByRole('region', { name: 'Rate your distress' });
    await expect.element(dock.getByRole('slider', { name: 'Distress now (slider)' })).toBeVisible();
    await expect.element(dock.getByText('Last rating: 40. Ratings so far: 1.')).toBeVisible();
    // The key's rating is not taken away from the page: focus stays where it was.
    expect(dock.element().contains(document.activeElement)).toBe(false);
    // Shift and the numeric pad, as before: 65, then 100, then 70.
    await userEvent.keyboard('{Shift>}6{/Shift}');
    await userEvent.keyboard('{Shift>}0{/Shift}');
    await userEvent.keyboard('{Numpad7}');
    expect(ratings()).toEqual([40, 65, 100, 70]);
    await expect
      .element(screen.getByRole('button', { name: 'Rate distress · last 70' }))
      .toHaveAttribute('aria-expanded', 'true');
    // A moment after the last key, it folds again on its own.
    await expect
      .element(screen.getByRole('button', { name: 'Rate distress · last 70' }), {
        timeout: SHOWN_MS * 4,
      })
      .toHaveAttribute('aria-expanded', 'false');
    await expect.element(dock.getByRole('slider')).not.toBeInTheDocument();
    expect(ratings()).toEqual([40, 65, 100, 70]);
  });

  it('opens on a click with focus in it, and folds after a rating with focus back on its button', async () => {
    startCalm();
    const screen = await render(<LiveControls />);
    const toggle = screen.getByRole('button', { name: 'Rate distress' });
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    const slider = screen.getByRole('slider', { name: 'Distress now (slider)' });
    await expect.element(slider).toHaveFocus();
    // The slider's keys are its own: arrows move it, and Rate takes the value.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.element(slider).toHaveAttribute('aria-valuetext', '15, Mild, coping');
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    expect(useSession.getState().session?.ratings.at(-1)).toMatchObject({
      suds: 15,
      prompted: false,
    });
    const folded = screen.getByRole('button', { name: 'Rate distress · last 15' });
    await expect.element(folded).toHaveAttribute('aria-expanded', 'false');
    await expect.element(folded).toHaveFocus();
    await expect.element(screen.getByRole('slider')).not.toBeInTheDocument();
  });

  it('stays open while the person works in it after a key, and folds on its button', async () => {
    startCalm();
    const screen = await render(<LiveControls />);
    // The moment a key's rating is shown passes on a clock the test moves.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await userEvent.keyboard('3');
      const toggle = screen.getByRole('button', { name: 'Rate distress · last 30' });
      await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
      // A click on the button while it shows the key's rating takes the person into it.
      await toggle.click();
      const slider = screen.getByRole('slider', { name: 'Distress now (slider)' });
      await expect.element(slider).toHaveFocus();
      vi.advanceTimersByTime(SHOWN_MS * 2);
      await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect.element(slider).toHaveFocus();
    } finally {
      vi.useRealTimers();
    }
    const toggle = screen.getByRole('button', { name: 'Rate distress · last 30' });
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect.element(screen.getByRole('slider')).not.toBeInTheDocument();
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
