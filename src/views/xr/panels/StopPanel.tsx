import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
import type { SessionState } from '../../../domain/session/machine';
import { useSession } from '../../../state/session';
import { AfterPanel } from './AfterPanel';
import { Note, PanelButton, Row, Title } from './parts';

const m = defineMessages({
  title: { id: 'xr.stoppedTitle', defaultMessage: 'You stopped. You are safe here.' },
  note: {
    id: 'xr.stoppedNote',
    defaultMessage: 'End the session with a few questions, or go back to the exposure.',
  },
  end: { id: 'xr.endSession', defaultMessage: 'End the session' },
  continue: {
    id: 'xr.continue',
    defaultMessage: 'Continue',
    description: 'Goes back to the exposure after a stop',
  },
});

/** After a stop: end the session with the after-questions, or go back to the exposure. */
export function StopPanel({ state }: { state: SessionState }) {
  const intl = useIntl();
  const record = useSession((s) => s.record);
  const [ending, setEnding] = useState(false);
  if (ending) return <AfterPanel state={state} />;
  return (
    <>
      <Title>{intl.formatMessage(m.title)}</Title>
      <Note>{intl.formatMessage(m.note)}</Note>
      <Row>
        <PanelButton
          name="end-session"
          label={intl.formatMessage(m.end)}
          kind="primary"
          onClick={() => setEnding(true)}
        />
        <PanelButton
          name="continue"
          label={intl.formatMessage(m.continue)}
          onClick={() => record({ type: 'continue' })}
        />
      </Row>
    </>
  );
}
