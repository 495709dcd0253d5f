import { useIntl } from 'react-intl';
import { findScene } from '../../../scenes/registry';
import { readLadder } from '../../data/ladder';
import { stepName } from '../../domain/ladder/ladder';
import { defineMessages, say } from '../../domain/phrase';
import { suggestionFor } from '../../state/ladder';
import { useSession } from '../../state/session';
import { useStored } from '../widgets/useStored';
import { StepSuggestion } from './StepSuggestion';

const m = defineMessages({
  title: { id: 'steps.afterTitle', defaultMessage: 'Your step: {name}' },
});

/** After a session at a ladder step: the rule's suggestion, once the session's end is on disk. */
export function AfterSessionSuggestion({ stepId }: { stepId: string }) {
  const intl = useIntl();
  const sessionId = useSession((s) => s.sessionId);
  const saved = useSession((s) => s.save.pending === 0 && s.save.error === null);
  // Live: the history is read again when the log worker commits the session's end.
  const stored = useStored(readLadder);
  const ladder = stored?.ok ? stored.value : null;
  const step = ladder?.steps.find((x) => x.id === stepId);
  const history = ladder?.history;
  // The rule counts this session only once its end is read back.
  const counted = history?.get(stepId)?.some((h) => h.id === sessionId && h.status !== 'active');
  if (!saved || !step || !history || !counted) return null;
  const name = say(intl, stepName(findScene(step.sceneId), step.name));
  return (
    // Appears once the session's end is read back: announced, as it comes after the summary.
    <section aria-labelledby="after-step-title" aria-live="polite">
      <h2 id="after-step-title">{intl.formatMessage(m.title, { name })}</h2>
      <StepSuggestion suggestion={suggestionFor(history, step)} />
    </section>
  );
}
