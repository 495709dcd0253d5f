import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { findScene } from '../../../scenes/registry';
import { database } from '../../data/database';
import { describeStorageError } from '../../data/errors';
import { deleteSession, readSession } from '../../data/sessions';
import type { SessionState } from '../../domain/session/machine';
import { readSessionLog, type SessionRead } from '../../domain/session/read';
import { paths } from '../routes';
import { DestructiveButton } from '../widgets/DestructiveButton';
import { SummaryView } from '../widgets/SummaryView';
import { useStored } from '../widgets/useStored';
import { SessionCurveChart } from './charts';

type Loaded = { read: SessionRead } | { missing: true } | { problem: string };

/** One logged session, read back from this device: its curve, answers, figures and measures. */
export default function SessionRecordPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Live: a session still running elsewhere shows each rating as it commits.
  const stored = useStored((db) => readSession(db, id), [id]);
  const loaded = useMemo((): Loaded | null => {
    if (!stored) return null;
    if (!stored.ok) return { problem: stored.problem };
    const read = stored.value ? readSessionLog(stored.value.record, stored.value.events) : null;
    return read ? { read } : { missing: true };
  }, [stored]);

  return (
    <section className="session-record">
      <h1>{loaded && 'read' in loaded ? sessionHeading(loaded.read.state) : 'Session'}</h1>
      {loaded === null && <p>Loading…</p>}
      {loaded && 'problem' in loaded && (
        <p role="alert">This session could not be read: {loaded.problem}</p>
      )}
      {loaded && 'missing' in loaded && (
        <p role="alert">There is no session with this id on this device.</p>
      )}
      {loaded && 'read' in loaded && (
        <>
          <SessionCurveChart curve={loaded.read.curve} />
          <Answers state={loaded.read.state} />
          <SummaryView
            state={loaded.read.state}
            summary={loaded.read.summary}
            ratings={loaded.read.ratings}
          />
          <div className="row no-print">
            <button type="button" onClick={() => window.print()}>
              Print this session
            </button>
            {loaded.read.record.status === 'active' ? (
              // A session still running in another tab would go on writing to a deleted record.
              <span className="hint">
                This session is still running; it can be deleted once it ends.
              </span>
            ) : (
              <DestructiveButton className="danger" onClick={() => setConfirming(true)}>
                Delete this session…
              </DestructiveButton>
            )}
          </div>
          {confirming && (
            <div role="alertdialog" aria-labelledby="delete-one-title" className="confirm">
              <p id="delete-one-title">
                This deletes this session and its {loaded.read.ratings.length} ratings from this
                device. It cannot be undone.
              </p>
              <div className="row">
                <DestructiveButton
                  className="danger"
                  onClick={() =>
                    deleteSession(database(), id)
                      .then((deleted) =>
                        deleted
                          ? navigate(paths.review)
                          : setProblem(
                              'Nothing was deleted: this session is running in another tab or window. End it there first.',
                            ),
                      )
                      .catch((error: unknown) =>
                        setProblem(`Nothing was deleted. ${describeStorageError(error)}`),
                      )
                  }
                >
                  Delete it
                </DestructiveButton>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            </div>
          )}
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
        </>
      )}
      <p className="no-print">
        <Link href={paths.review}>Back to the review</Link>
      </p>
    </section>
  );
}

/** Which scene and when: "Heights, 1 December 2026 at 19:11". */
function sessionHeading(state: SessionState): string {
  const when = new Date(state.startedAt).toLocaleString(undefined, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return `${findScene(state.sceneId)?.title ?? state.sceneId}, ${when}`;
}

/** The before and after questions, in the person's own words. */
function Answers({ state }: { state: SessionState }) {
  const { before, after } = state;
  return (
    <dl className="answers">
      <div>
        <dt>Before: distress now, and expected at the worst moment</dt>
        <dd>
          {before.sudsNow} and {before.sudsExpected}
        </dd>
      </div>
      {before.fearedOutcome && (
        <div>
          <dt>What you feared would happen</dt>
          <dd>
            “{before.fearedOutcome}”
            {before.likelihood !== undefined ? `, ${before.likelihood} % likely` : ''}
          </dd>
        </div>
      )}
      {after && (
        <div>
          <dt>After: distress at the end</dt>
          <dd>{after.sudsEnd}</dd>
        </div>
      )}
      {after?.outcomeHappened !== undefined && (
        <div>
          <dt>Did it happen?</dt>
          <dd>{after.outcomeHappened ? 'yes' : 'no'}</dd>
        </div>
      )}
      {state.notes.length > 0 && (
        <div>
          <dt>Notes</dt>
          <dd>{state.notes.join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}
