import { useState } from 'react';
import type { SessionState } from '../../../domain/session/machine';
import { useSession } from '../../../state/session';
import { AfterPanel } from './AfterPanel';
import { Note, PanelButton, Row, Title } from './parts';

/** After a stop: end the session with the after-questions, or go back to the exposure. */
export function StopPanel({ state }: { state: SessionState }) {
  const record = useSession((s) => s.record);
  const [ending, setEnding] = useState(false);
  if (ending) return <AfterPanel state={state} />;
  return (
    <>
      <Title>You stopped. You are safe here.</Title>
      <Note>End the session with a few questions, or go back to the exposure.</Note>
      <Row>
        <PanelButton
          name="end-session"
          label="End the session"
          kind="primary"
          onClick={() => setEnding(true)}
        />
        <PanelButton
          name="continue"
          label="Continue"
          onClick={() => record({ type: 'continue' })}
        />
      </Row>
    </>
  );
}
