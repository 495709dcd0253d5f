import { useEffect, useRef } from 'react';
import { clock } from '../../domain/session/format';
import { activeTime, type SessionState } from '../../domain/session/machine';

/** The session clock. Writes its text directly each second: a ticking clock is not a React render. */
export function Elapsed({ state }: { state: SessionState }) {
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
  return <span ref={ref} className="elapsed" role="timer" aria-label="Time in the scene" />;
}
