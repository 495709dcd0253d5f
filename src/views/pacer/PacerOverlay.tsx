import type { BreathPattern } from '../../domain/pacer/patterns';
import { choosePattern, togglePacer } from '../../state/pacer';
import { PatternPicker } from '../widgets/PatternPicker';
import { PacerDisplay } from './PacerDisplay';

/** The pacer over the scene on a screen: at the side, clear of the centre of view. */
export function PacerOverlay({ pattern, since }: { pattern: BreathPattern; since: number }) {
  return (
    <aside className="pacer" aria-label="Breathing pacer">
      <PacerDisplay pattern={pattern} since={since} />
      <details className="pacer-options">
        <summary>Pattern</summary>
        <PatternPicker onChoose={choosePattern} />
      </details>
      <button type="button" onClick={() => togglePacer()}>
        Hide <kbd>B</kbd>
      </button>
    </aside>
  );
}
