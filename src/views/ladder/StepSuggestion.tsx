import type { Suggestion } from '../../domain/ladder/progress';

/** The progress rule's suggestion, worded as a suggestion: the person decides. */
export function StepSuggestion({ suggestion, about }: { suggestion: Suggestion; about?: string }) {
  return (
    <div className={`suggestion suggestion-${suggestion.kind}`} data-suggestion={suggestion.kind}>
      <p>
        <strong>Suggestion: {suggestion.title}.</strong> {about ? `At “${about}”: ` : ''}
        {suggestion.reason}
      </p>
      <p className="hint">
        A suggestion only: you choose when to move on. <a href="#/ladder">Your ladder</a>
      </p>
    </div>
  );
}
