import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { SceneDefinition } from '../../../scenes/types';
import { defineMessages, say } from '../../domain/phrase';
import { PROMPT_QUESTION, REST_OFFER } from '../../domain/session/controls';
import type { SessionState } from '../../domain/session/machine';
import { useSession } from '../../state/session';
import { SudsAnchors, SudsInput } from '../widgets/SudsInput';
import type { ExposureControlsView } from '../widgets/useExposureControls';
import { SaveStatus } from './SaveStatus';

const m = defineMessages({
  ratingDock: { id: 'session.ratingDock', defaultMessage: 'Rate your distress' },
  toggle: {
    id: 'session.ratingToggle',
    defaultMessage: 'Rate distress{rated, select, yes { · last {suds, number}} other {}}',
    description:
      'The folded rating control during the exposure; it opens the 0-100 rating. "last" is the last rating given',
  },
  rest: {
    id: 'session.rest',
    defaultMessage: 'Rest',
    description: 'Takes a rest in the calm place; the clock stops',
  },
  notNow: {
    id: 'session.notNow',
    defaultMessage: 'Not now',
    description: 'Declines the offer of a rest',
  },
  skipPrompt: {
    id: 'session.skipPrompt',
    defaultMessage: 'Skip this one',
    description: 'Skips the rating asked for now',
  },
  distressNow: {
    id: 'session.distressNow',
    defaultMessage: 'Distress now',
    description: 'The label of a 0-100 rating of how distressed the person is at this moment',
  },
  rate: { id: 'session.rate', defaultMessage: 'Rate', description: 'Gives the rating chosen' },
  keys: { id: 'session.keys', defaultMessage: 'Keys', description: 'Keyboard keys' },
  keysHelp: {
    id: 'session.keysHelp',
    defaultMessage:
      '<kbd>0</kbd>–<kbd>9</kbd> rate 0–90, <kbd>Shift</kbd>+digit adds 5 (<kbd>Shift</kbd>+<kbd>0</kbd> is 100) · drag or <kbd>←</kbd>/<kbd>→</kbd> look around{standing, select, yes { · <kbd>W</kbd>/<kbd>S</kbd> or <kbd>↑</kbd>/<kbd>↓</kbd> step · <kbd>Page Up</kbd>/<kbd>Page Down</kbd> look up and down} other { · <kbd>↑</kbd>/<kbd>↓</kbd> look up and down}} · <kbd>B</kbd> breathing pacer · <kbd>P</kbd> pause · <kbd>+</kbd>/<kbd>-</kbd> level · <kbd>Esc</kbd> stop',
    description:
      'The keyboard during a session. Each <kbd> names a key: keep the letters (keys are found by their place on the keyboard), name Shift, Page Up, Page Down and Esc as keyboards in your language label them',
  },
  lastRating: {
    id: 'session.lastRating',
    defaultMessage:
      '{rated, select, yes {Last rating: {suds, number}.} other {No rating yet.}} Ratings so far: {count, number}.',
  },
});

const kbd = (key: ReactNode[]) => <kbd>{key}</kbd>;

/** How long the dock stays open to show a rating given with a digit key before it folds again. */
export const SHOWN_MS = 5000;

/**
 * Opened by the person: `chosen` (a click, or their focus in it) stays until they rate or fold it;
 * `shown` (a rating given with a key) folds by itself after a moment. A new object each time, so
 * every key restarts the moment.
 */
type Opened = { how: 'chosen' | 'shown' } | null;

const sliderIn = (panel: HTMLElement | null) =>
  panel?.querySelector<HTMLInputElement>('input[type="range"]') ?? null;

/**
 * The rating during the exposure, folded to one small button in the corner so the view is the
 * scene's. It opens when a rating is asked for (or a rest offered), when a rating is given with a
 * digit key (to show what was taken), or on a click, and folds again after a rating or a skip.
 * Beside the right edge, clear of the middle third: in heights the view straight down stays clear.
 */
export function RatingDock({
  scene,
  state,
  controls,
}: {
  scene: SceneDefinition;
  state: SessionState;
  controls: ExposureControlsView;
}) {
  const intl = useIntl();
  const problem = useSession((s) => s.problem);
  const [suds, setSuds] = useState<number | null>(null);
  const [opened, setOpened] = useState<Opened>(null);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const asked = controls.promptOpen || controls.restOffered;
  const open = asked || opened !== null;
  const count = state.ratings.length;
  const last = state.ratings.at(-1);

  // A rating given here folds the dock; one given elsewhere (a digit key) opens it for a moment,
  // so the person sees what was taken. Ratings already there when the dock mounts open nothing.
  const seen = useRef(count);
  const ownRating = useRef(false);
  useEffect(() => {
    const added = count > seen.current;
    seen.current = count;
    if (!added) return;
    if (ownRating.current) ownRating.current = false;
    else setOpened({ how: 'shown' });
  }, [count]);

  useEffect(() => {
    if (opened?.how !== 'shown') return;
    const fold = setTimeout(() => {
      // Someone working in it keeps it until they rate or fold it.
      setOpened(panel.current?.contains(document.activeElement) ? { how: 'chosen' } : null);
    }, SHOWN_MS);
    return () => clearTimeout(fold);
  }, [opened]);

  // Focus follows the dock: into the slider when the person opens it, back to the button when it
  // folds under their focus (a rating, a skip), never moved by a prompt or a key.
  const focusOnOpen = useRef(false);
  const focusInside = useRef(false);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (open && focusOnOpen.current) {
      focusOnOpen.current = false;
      sliderIn(panel.current)?.focus();
    }
    if (wasOpen.current && !open && focusInside.current) {
      focusInside.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) toggle.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  useEffect(() => {
    const here = panel.current;
    if (!here) return;
    const into = () => {
      focusInside.current = true;
      // Someone who moves into the dock keeps it open.
      setOpened((o) => (o?.how === 'shown' ? { how: 'chosen' } : o));
    };
    // Focus lost with its element (a fold) says nothing of where the person went: only a move
    // to somewhere else in the page counts.
    const out = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Node && !here.contains(e.relatedTarget))
        focusInside.current = false;
    };
    here.addEventListener('focusin', into);
    here.addEventListener('focusout', out);
    return () => {
      here.removeEventListener('focusin', into);
      here.removeEventListener('focusout', out);
    };
  }, []);

  const fold = () => {
    if (panel.current?.contains(document.activeElement)) toggle.current?.focus();
    setOpened(null);
  };
  const foldThen = (action: () => void) => () => {
    fold();
    action();
  };
  const onToggle = () => {
    if (opened?.how === 'chosen' && !asked) {
      setOpened(null);
      return;
    }
    // Open already (asked for, or showing a key's rating): the button takes the person into it.
    if (open) sliderIn(panel.current)?.focus();
    else focusOnOpen.current = true;
    setOpened({ how: 'chosen' });
  };

  return (
    <section
      className={open ? 'rating-dock open' : 'rating-dock'}
      aria-label={intl.formatMessage(m.ratingDock)}
    >
      <SaveStatus />
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      <div id={panelId} ref={panel} className="rating-panel">
        {controls.restOffered && (
          <div className="prompt" role="status">
            <span>{say(intl, REST_OFFER)}</span>
            <button type="button" onClick={controls.takeRest}>
              {intl.formatMessage(m.rest)}
            </button>
            <button type="button" onClick={foldThen(controls.dismissRest)}>
              {intl.formatMessage(m.notNow)}
            </button>
          </div>
        )}
        {controls.promptOpen && (
          <div className="prompt" role="status">
            <span>{say(intl, PROMPT_QUESTION)}</span>
            <button type="button" onClick={foldThen(controls.skipPrompt)}>
              {intl.formatMessage(m.skipPrompt)}
            </button>
          </div>
        )}
        {/* Always in the page, so a rating given with a key is announced while the dock is folded. */}
        <p className={open ? 'last-rating' : 'last-rating visually-hidden'} aria-live="polite">
          {intl.formatMessage(m.lastRating, {
            rated: last ? 'yes' : 'no',
            suds: last?.suds ?? 0,
            count,
          })}
        </p>
        {open && (
          <>
            <form
              className="rating-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (suds === null) return;
                ownRating.current = true;
                if (controls.rate(suds)) {
                  setSuds(null);
                  fold();
                } else {
                  ownRating.current = false;
                }
              }}
            >
              <SudsInput
                label={intl.formatMessage(m.distressNow)}
                value={suds}
                onChange={setSuds}
                showAnchors={false}
              />
              <button type="submit" className="primary" disabled={suds === null}>
                {intl.formatMessage(m.rate)}
              </button>
            </form>
            <SudsAnchors />
            <details className="hint">
              <summary>{intl.formatMessage(m.keys)}</summary>
              {intl.formatMessage(m.keysHelp, { kbd, standing: scene.standing ? 'yes' : 'no' })}
            </details>
          </>
        )}
      </div>
      <button
        ref={toggle}
        type="button"
        className={asked ? 'rating-toggle asked' : 'rating-toggle'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
      >
        {intl.formatMessage(m.toggle, { rated: last ? 'yes' : 'no', suds: last?.suds ?? 0 })}
      </button>
    </section>
  );
}
