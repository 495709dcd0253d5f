import { useEffect, useState } from 'react';
import { restDue } from '../../domain/session/machine';
import { useSession } from '../../state/session';

/** Whether a rest in the calm place is due. It falls due with time, not an event: checked every few seconds. */
export function useRestDue(): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const check = () => {
      const { session } = useSession.getState();
      setDue(session !== null && restDue(session, Date.now()));
    };
    check();
    const timer = setInterval(check, 5000);
    return () => clearInterval(timer);
  }, []);
  return due;
}
