import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { findScene } from '../../scenes/registry';
import { sessionRecordPath } from '../app/routes';
import type { SessionRecord } from '../session/events';
import { database } from '../storage/database';
import { describeStorageError } from '../storage/errors';
import { listSessions } from '../storage/sessions';

const statusWords: Record<SessionRecord['status'], string> = {
  active: 'in progress',
  completed: 'completed',
  'stopped-early': 'stopped early',
  interrupted: 'interrupted',
};

/** The sessions saved on this device, newest first. Charts, progress and export come with review. */
export default function ReviewPage() {
  const [sessions, setSessions] = useState<SessionRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    listSessions(database())
      .then(setSessions)
      .catch((error: unknown) => setProblem(describeStorageError(error)));
  }, []);

  return (
    <section>
      <h1>Review</h1>
      <p className="lead">
        Every session you run is saved on this device only. Here you will also find each session's
        distress curve, your progress across weeks, and an export to keep or share with a therapist.
      </p>
      {problem && <p role="alert">Your sessions could not be read: {problem}</p>}
      {sessions?.length === 0 && (
        <p>Nothing has been logged yet. Sessions appear here once you run one.</p>
      )}
      {sessions && sessions.length > 0 && (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={sessionRecordPath(s.id)}>
                {new Date(s.startedAt).toLocaleString()}: {findScene(s.sceneId)?.title ?? s.sceneId}
              </Link>{' '}
              ({statusWords[s.status]})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
