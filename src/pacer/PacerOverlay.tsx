import { choosePattern, togglePacer } from './actions';
import { PacerDisplay } from './PacerDisplay';
import { PatternPicker } from './PatternPicker';
import type { BreathPattern } from './patterns';

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
