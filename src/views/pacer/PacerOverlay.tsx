import { useIntl } from 'react-intl';
import type { BreathPattern } from '../../domain/pacer/patterns';
import { defineMessages } from '../../domain/phrase';
import { choosePattern, togglePacer } from '../../state/pacer';
import { PatternPicker } from '../widgets/PatternPicker';
import { PacerDisplay } from './PacerDisplay';

const m = defineMessages({
  pacer: { id: 'pacer.overlay', defaultMessage: 'Breathing pacer' },
  pattern: {
    id: 'pacer.overlay.pattern',
    defaultMessage: 'Pattern',
    description: 'Opens the choice of breathing pattern',
  },
  hide: {
    id: 'pacer.overlay.hide',
    defaultMessage: 'Hide <kbd>B</kbd>',
    description: 'Hides the breathing pacer; B is the key that does the same',
  },
});

/** The pacer over the scene on a screen: at the side, clear of the centre of view. */
export function PacerOverlay({ pattern, since }: { pattern: BreathPattern; since: number }) {
  const intl = useIntl();
  return (
    <aside className="pacer" aria-label={intl.formatMessage(m.pacer)}>
      <PacerDisplay pattern={pattern} since={since} />
      <details className="pacer-options">
        <summary>{intl.formatMessage(m.pattern)}</summary>
        <PatternPicker onChoose={choosePattern} />
      </details>
      <button type="button" onClick={() => togglePacer()}>
        {intl.formatMessage(m.hide, { kbd: (key) => <kbd>{key}</kbd> })}
      </button>
    </aside>
  );
}
