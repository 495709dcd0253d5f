import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../app/routes';
import { database } from '../storage/database';
import { describeStorageError } from '../storage/errors';
import { readSession } from '../storage/sessions';
import type { SessionRecord } from './events';
import { replay, type SessionState } from './machine';
import { SummaryView } from './SummaryView';
import { summarize } from './summary';

type Loaded =
  | { record: SessionRecord; state: SessionState }
  | { missing: true }
  | { problem: string };

/** One logged session, read back from this device. */
export default function SessionRecordPage({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    readSession(database(), id)
      .then((found) => {
        if (!live) return;
        const state = found ? replay(found.events) : null;
        setLoaded(found && state ? { record: found.record, state } : { missing: true });
      })
      .catch((error: unknown) => live && setLoaded({ problem: describeStorageError(error) }));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <section>
      <h1>Session</h1>
      {loaded === null && <p>Loading…</p>}
      {loaded && 'problem' in loaded && (
        <p role="alert">This session could not be read: {loaded.problem}</p>
      )}
      {loaded && 'missing' in loaded && (
        <p role="alert">There is no session with this id on this device.</p>
      )}
      {loaded && 'state' in loaded && (
        <SummaryView
          state={loaded.state}
          summary={summarize(
            loaded.state,
            loaded.record.endedAt ?? loaded.state.startedAt,
            loaded.record.status === 'interrupted',
          )}
        />
      )}
      <p>
        <Link href={paths.home}>Back to the start page</Link>
      </p>
    </section>
  );
}
