import { useIntl } from 'react-intl';
import type { Suggestion } from '../../domain/ladder/progress';
import { defineMessages, say } from '../../domain/phrase';

const m = defineMessages({
  title: { id: 'steps.suggestionTitle', defaultMessage: 'Suggestion: {title}.' },
  at: {
    id: 'steps.suggestionAt',
    defaultMessage: 'At “{step}”: {reason}',
    description: 'Why the step below (named) was left: the reason is a whole sentence',
  },
  only: {
    id: 'steps.suggestionOnly',
    defaultMessage: 'A suggestion only: you choose when to move on. <a>Your ladder</a>',
  },
});

/**
 * The progress rule's suggestion, worded as a suggestion: the person decides. `about` is the name
 * of the step it is about, as shown, when that is not the step it is shown with.
 */
export function StepSuggestion({ suggestion, about }: { suggestion: Suggestion; about?: string }) {
  const intl = useIntl();
  const reason = say(intl, suggestion.reason);
  return (
    <div className={`suggestion suggestion-${suggestion.kind}`} data-suggestion={suggestion.kind}>
      <p>
        <strong>{intl.formatMessage(m.title, { title: say(intl, suggestion.title) })}</strong>{' '}
        {about ? intl.formatMessage(m.at, { step: about, reason }) : reason}
      </p>
      <p className="hint">
        {intl.formatMessage(m.only, { a: (words) => <a href="#/ladder">{words}</a> })}
      </p>
    </div>
  );
}
