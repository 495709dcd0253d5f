import type { SessionState } from '../../../domain/session/machine';
import { summarize } from '../../../domain/session/summary';
import { xrStore } from '../store';
import { Note, PanelButton, Title } from './parts';

/** The saved session in a line, and the way out of the headset. */
export function SummaryPanel({ state }: { state: SessionState }) {
  const summary = summarize(state, Date.now());
  return (
    <>
      <Title>Session saved</Title>
      <Note>
        {state.ratings.length === 0
          ? 'No ratings were given during the session.'
          : `Peak distress ${summary.peak}, at the end ${state.after?.sudsEnd ?? '-'}.`}
      </Note>
      <PanelButton
        name="exit-vr"
        label="Exit VR"
        kind="primary"
        onClick={() => void xrStore.getState().session?.end()}
      />
    </>
  );
}
