// What the person does with the pacer, from any control: a key, a button, a controller. Each
// change goes into the session's log, and the pattern is remembered for next time.

import { type BreathPattern, samePattern } from '../domain/pacer/patterns';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';
import { usePacerSettings } from './pacerSettings';
import { useSession } from './session';

const m = defineMessages({
  noSession: { id: 'pacer.noSession', defaultMessage: 'No session is running.' },
});

/** Shows the pacer with the remembered pattern, or hides it. Returns why not, or null. */
export function togglePacer(): Phrase | string | null {
  const { session, record } = useSession.getState();
  if (!session) return phrase(m.noSession);
  if (session.pacer) return record({ type: 'pacer', visible: false });
  return record({ type: 'pacer', visible: true, pattern: usePacerSettings.getState().pattern });
}

/** Chooses a pattern; a shown pacer switches to it at once. Returns why not, or null. */
export function choosePattern(pattern: BreathPattern): Phrase | string | null {
  const problem = usePacerSettings.getState().choose(pattern);
  if (problem) return problem;
  const { session, record } = useSession.getState();
  if (!session?.pacer || samePattern(session.pacer.pattern, pattern)) return null;
  return record({ type: 'pacer', visible: true, pattern });
}
