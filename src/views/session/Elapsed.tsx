import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { clock } from '../../domain/session/format';
import { activeTime, type SessionState } from '../../domain/session/machine';

const m = defineMessages({
  label: {
    id: 'session.elapsed',
    defaultMessage: 'Time in the scene',
    description: 'The session clock (minutes:seconds), for screen readers',
  },
});

/** The session clock. Writes its text directly each second: a ticking clock is not a React render. */
export function Elapsed({ state }: { state: SessionState }) {
  const intl = useIntl();
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const update = () => {
      if (ref.current) ref.current.textContent = clock(activeTime(state, Date.now()) / 1000);
    };
    update();
    if (state.phase !== 'running') return;
    const handle = setInterval(update, 1000);
    return () => clearInterval(handle);
  }, [state]);
  return (
    <span ref={ref} className="elapsed" role="timer" aria-label={intl.formatMessage(m.label)} />
  );
}
