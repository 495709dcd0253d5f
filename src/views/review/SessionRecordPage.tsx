import { useMemo, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { database } from '../../data/database';
import { describeStorageError } from '../../data/errors';
import { deleteSession, readSession } from '../../data/sessions';
import { defineMessages, type Phrase, phrase, say } from '../../domain/phrase';
import type { SessionState } from '../../domain/session/machine';
import { readSessionLog, type SessionRead } from '../../domain/session/read';
import { paths } from '../routes';
import { DestructiveButton } from '../widgets/DestructiveButton';
import { SummaryView } from '../widgets/SummaryView';
import { sceneTitle } from '../widgets/sceneTitle';
import { useStored } from '../widgets/useStored';
import { CompanionActs } from './CompanionActs';
import { SessionCurveChart } from './charts';

const m = defineMessages({
  session: { id: 'record.session', defaultMessage: 'Session' },
  heading: {
    id: 'record.heading',
    defaultMessage: '{scene}, {startedAt}',
    description: 'A session by its scene and when it started: "Heights, 1 December 2026 at 19:11"',
  },
  loading: { id: 'record.loading', defaultMessage: 'Loading…' },
  unreadable: {
    id: 'record.unreadable',
    defaultMessage: 'This session could not be read: {problem}',
  },
  missing: {
    id: 'record.missing',
    defaultMessage: 'There is no session with this id on this device.',
  },
  print: { id: 'record.print', defaultMessage: 'Print this session' },
  running: {
    id: 'record.running',
    defaultMessage: 'This session is still running; it can be deleted once it ends.',
  },
  delete: { id: 'record.delete', defaultMessage: 'Delete this session…' },
  confirm: {
    id: 'record.confirm',
    defaultMessage:
      'This deletes this session and its {count, plural, one {# rating} other {# ratings}} from this device. It cannot be undone.',
  },
  stillRunning: {
    id: 'record.stillRunning',
    defaultMessage:
      'Nothing was deleted: this session is running in another tab or window. End it there first.',
  },
  notDeleted: { id: 'record.notDeleted', defaultMessage: 'Nothing was deleted. {problem}' },
  deleteIt: { id: 'record.deleteIt', defaultMessage: 'Delete it' },
  keepIt: { id: 'record.keepIt', defaultMessage: 'Keep it' },
  back: { id: 'record.back', defaultMessage: 'Back to the review' },
  before: {
    id: 'record.before',
    defaultMessage: 'Before: distress now, and expected at the worst moment',
  },
  beforeValues: {
    id: 'record.beforeValues',
    defaultMessage: '{now} and {expected}',
    description: 'Two distress ratings: now, and expected at the worst moment',
  },
  feared: { id: 'record.feared', defaultMessage: 'What you feared would happen' },
  fearedOutcome: {
    id: 'record.fearedOutcome',
    defaultMessage: '“{outcome}”',
    description: "The person's own words, quoted",
  },
  fearedLikely: {
    id: 'record.fearedLikely',
    defaultMessage: '“{outcome}”, {likelihood, number, percent} likely',
    description: "The person's own words, quoted, and how likely they felt it was",
  },
  after: { id: 'record.after', defaultMessage: 'After: distress at the end' },
  happened: { id: 'record.happened', defaultMessage: 'Did it happen?' },
  yes: { id: 'record.yes', defaultMessage: 'yes' },
  no: { id: 'record.no', defaultMessage: 'no' },
  notes: { id: 'record.notes', defaultMessage: 'Notes' },
});

type Loaded = { read: SessionRead } | { missing: true } | { problem: Phrase | string };

/** One logged session, read back from this device: its curve, answers, figures and measures. */
export default function SessionRecordPage({ id }: { id: string }) {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  // Kept as words to say, not said: a change of language while it shows changes it too.
  const [problem, setProblem] = useState<Phrase | null>(null);
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
      <h1>
        {loaded && 'read' in loaded
          ? sessionHeading(intl, loaded.read.state)
          : intl.formatMessage(m.session)}
      </h1>
      {loaded === null && <p>{intl.formatMessage(m.loading)}</p>}
      {loaded && 'problem' in loaded && (
        <p role="alert">
          {intl.formatMessage(m.unreadable, { problem: say(intl, loaded.problem) })}
        </p>
      )}
      {loaded && 'missing' in loaded && <p role="alert">{intl.formatMessage(m.missing)}</p>}
      {loaded && 'read' in loaded && (
        <>
          <SessionCurveChart curve={loaded.read.curve} />
          <Answers state={loaded.read.state} />
          <SummaryView
            state={loaded.read.state}
            summary={loaded.read.summary}
            ratings={loaded.read.ratings}
          />
          <CompanionActs acts={loaded.read.companion} />
          <div className="row no-print">
            <button type="button" onClick={() => window.print()}>
              {intl.formatMessage(m.print)}
            </button>
            {loaded.read.record.status === 'active' ? (
              // A session still running in another tab would go on writing to a deleted record.
              <span className="hint">{intl.formatMessage(m.running)}</span>
            ) : (
              <DestructiveButton className="danger" onClick={() => setConfirming(true)}>
                {intl.formatMessage(m.delete)}
              </DestructiveButton>
            )}
          </div>
          {confirming && (
            <div role="alertdialog" aria-labelledby="delete-one-title" className="confirm">
              <p id="delete-one-title">
                {intl.formatMessage(m.confirm, { count: loaded.read.ratings.length })}
              </p>
              <div className="row">
                <DestructiveButton
                  className="danger"
                  onClick={() =>
                    deleteSession(database(), id)
                      .then((deleted) =>
                        deleted ? navigate(paths.review) : setProblem(phrase(m.stillRunning)),
                      )
                      .catch((error: unknown) =>
                        setProblem(phrase(m.notDeleted, { problem: describeStorageError(error) })),
                      )
                  }
                >
                  {intl.formatMessage(m.deleteIt)}
                </DestructiveButton>
                <button type="button" onClick={() => setConfirming(false)}>
                  {intl.formatMessage(m.keepIt)}
                </button>
              </div>
            </div>
          )}
          {problem && (
            <p role="alert" className="error">
              {say(intl, problem)}
            </p>
          )}
        </>
      )}
      <p className="no-print">
        <Link href={paths.review}>{intl.formatMessage(m.back)}</Link>
      </p>
    </section>
  );
}

/** Which scene and when: "Heights, 1 December 2026 at 19:11". */
function sessionHeading(intl: IntlShape, state: SessionState): string {
  return intl.formatMessage(m.heading, {
    scene: sceneTitle(intl, state.sceneId),
    startedAt: intl.formatDate(state.startedAt, { dateStyle: 'long', timeStyle: 'short' }),
  });
}

/** The before and after questions, in the person's own words. */
function Answers({ state }: { state: SessionState }) {
  const intl = useIntl();
  const { before, after } = state;
  return (
    <dl className="answers">
      <div>
        <dt>{intl.formatMessage(m.before)}</dt>
        <dd>
          {intl.formatMessage(m.beforeValues, {
            now: before.sudsNow,
            expected: before.sudsExpected,
          })}
        </dd>
      </div>
      {before.fearedOutcome && (
        <div>
          <dt>{intl.formatMessage(m.feared)}</dt>
          <dd>
            {before.likelihood !== undefined
              ? intl.formatMessage(m.fearedLikely, {
                  outcome: before.fearedOutcome,
                  likelihood: before.likelihood / 100,
                })
              : intl.formatMessage(m.fearedOutcome, { outcome: before.fearedOutcome })}
          </dd>
        </div>
      )}
      {after && (
        <div>
          <dt>{intl.formatMessage(m.after)}</dt>
          <dd>{after.sudsEnd}</dd>
        </div>
      )}
      {after?.outcomeHappened !== undefined && (
        <div>
          <dt>{intl.formatMessage(m.happened)}</dt>
          <dd>{intl.formatMessage(after.outcomeHappened ? m.yes : m.no)}</dd>
        </div>
      )}
      {state.notes.length > 0 && (
        <div>
          <dt>{intl.formatMessage(m.notes)}</dt>
          <dd>{state.notes.join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}
