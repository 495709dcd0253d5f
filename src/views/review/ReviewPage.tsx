import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { findScene, scenes } from '../../../scenes/registry';
import { database } from '../../data/database';
import { readDigests, writeDigests } from '../../data/digests';
import { describeStorageError } from '../../data/errors';
import { countSteps } from '../../data/ladder';
import { countPlaces } from '../../data/places';
import { type DeleteSurvey, deleteAll, surveyDeleteAll } from '../../data/sessions';
import { toCsv } from '../../data/transfer/csv';
import { readExport, readExportWithMedia } from '../../data/transfer/exportData';
import { type LoggedSession, readAllSessions } from '../../data/transfer/format';
import { importedText } from '../../data/transfer/messages';
import { APP_VERSION } from '../../data/version';
import { defineMessages, type Phrase, phrase, say } from '../../domain/phrase';
import {
  filterDigests,
  noFilter,
  type ReviewFilter,
  type SessionDigest,
} from '../../domain/review/digest';
import { progressByScene } from '../../domain/review/progress';
import type { SessionRecord } from '../../domain/session/events';
import { type ImportProgress, importLog } from '../../state/importLog';
import { DestructiveButton, unlessFramed } from '../widgets/DestructiveButton';
import { sceneTitle } from '../widgets/sceneTitle';
import { useStored } from '../widgets/useStored';
import { loadPlot, ProgressCharts } from './charts';
import { download, downloadBlob } from './download';
import { ReviewHead, ReviewSkeleton } from './ReviewSkeleton';
import { SessionList } from './SessionList';

const m = defineMessages({
  unreadable: {
    id: 'review.unreadable',
    defaultMessage: 'Your sessions could not be read: {problem}',
  },
  empty: {
    id: 'review.empty',
    defaultMessage: 'Nothing has been logged yet. Sessions appear here once you run one.',
  },
  print: { id: 'review.print', defaultMessage: 'Print a report of these' },
  progress: { id: 'review.progress', defaultMessage: 'Progress' },
  noMatch: { id: 'review.noMatch', defaultMessage: 'No sessions match these filters.' },
  sessions: { id: 'review.sessions', defaultMessage: 'Sessions' },
  show: {
    id: 'review.show',
    defaultMessage: 'Show',
    description: 'Heading of the filters: which sessions the page shows',
  },
  scene: { id: 'review.filterScene', defaultMessage: 'Scene' },
  everyScene: { id: 'review.everyScene', defaultMessage: 'Every scene' },
  from: {
    id: 'review.filterFrom',
    defaultMessage: 'From',
    description: 'The first date of sessions shown',
  },
  to: {
    id: 'review.filterTo',
    defaultMessage: 'To',
    description: 'The last date of sessions shown',
  },
  yourData: { id: 'review.yourData', defaultMessage: 'Your data' },
  exportJson: { id: 'review.exportJson', defaultMessage: 'Export JSON' },
  exportJsonShown: { id: 'review.exportJsonShown', defaultMessage: 'Export JSON (shown sessions)' },
  exportCsv: { id: 'review.exportCsv', defaultMessage: 'Export CSV' },
  exportWithMedia: {
    id: 'review.exportWithMedia',
    defaultMessage: 'Export with your places’ photos and videos (.zip)',
  },
  exportCsvShown: { id: 'review.exportCsvShown', defaultMessage: 'Export CSV (shown sessions)' },
  import: { id: 'review.import', defaultMessage: 'Import an export (JSON, or .zip with media)' },
  chooseImport: {
    id: 'review.chooseImport',
    defaultMessage: 'Choose a Foothold export to import',
  },
  deleteEverything: { id: 'review.deleteEverything', defaultMessage: 'Delete everything…' },
  notImported: { id: 'review.notImported', defaultMessage: 'Nothing was imported. {problem}' },
  notExported: { id: 'review.notExported', defaultMessage: 'Nothing was exported. {problem}' },
  notDeleted: { id: 'review.notDeleted', defaultMessage: 'Nothing was deleted. {problem}' },
  sessionCount: {
    id: 'review.sessionCount',
    defaultMessage: '{count, plural, one {# session} other {# sessions}}',
  },
  allSessions: {
    id: 'review.allSessions',
    defaultMessage: 'all {count, plural, one {# session} other {# sessions}}',
    description: 'Every session stored, when none stays',
  },
  sessionsAndRatings: {
    id: 'review.sessionsAndRatings',
    defaultMessage: '{sessions} and {ratings, plural, one {# rating} other {# ratings}}',
    description: 'What a deletion removes, e.g. "all 2 sessions and 6 ratings"',
  },
  ladderAndPlaces: {
    id: 'review.ladderAndPlaces',
    defaultMessage:
      '{ladder} with {places, plural, one {your own place and its photo or video} other {your # own places and their photos and videos}}',
    description: 'What a deletion removes: the ladder and the person’s own places with their files',
  },
  ladderOfSteps: {
    id: 'review.ladderOfSteps',
    defaultMessage: 'your ladder of {steps, plural, one {# step} other {# steps}}',
  },
  sessionsAndLadder: {
    id: 'review.sessionsAndLadder',
    defaultMessage: '{sessions}, and {ladder}',
    description: 'What a deletion removes: the sessions with their ratings, and the ladder',
  },
  keptSession: {
    id: 'review.keptSession',
    defaultMessage:
      'the {scene} session started {startedAt, date, medium}, {startedAt, time, short}',
  },
  keptSessions: {
    id: 'review.keptSessions',
    defaultMessage:
      '{sessions}, which {count, plural, one {is} other {are}} still running in another tab or window',
    description: 'Sessions a deletion keeps, listed by scene and when each started',
  },
  deletedEverything: {
    id: 'review.deletedEverything',
    defaultMessage: 'Everything was deleted from this device.',
  },
  deleted: { id: 'review.deleted', defaultMessage: 'Deleted {what}.' },
  nothingDeleted: { id: 'review.nothingDeleted', defaultMessage: 'Nothing was deleted.' },
  deletedKept: {
    id: 'review.deletedKept',
    defaultMessage: '{deleted} Kept {kept}.',
    description: 'After a deletion: what was deleted (a sentence), then what was kept',
  },
  nothingCanGo: {
    id: 'review.nothingCanGo',
    defaultMessage: 'Nothing can be deleted now: {kept}. End it there first.',
  },
  confirm: {
    id: 'review.confirm',
    defaultMessage:
      'This deletes {what} from this device. It cannot be undone; export first if you want to keep them.',
  },
  confirmKeeps: {
    id: 'review.confirmKeeps',
    defaultMessage: 'It keeps {kept}: end it there to delete it too.',
  },
  deleteSessions: {
    id: 'review.deleteSessions',
    defaultMessage: 'Delete {sessions}',
    description: 'Button: delete "1 session", "all 2 sessions" or "2 sessions"',
  },
  deleteLadder: {
    id: 'review.deleteLadder',
    defaultMessage: 'Delete the ladder of {steps, plural, one {# step} other {# steps}}',
  },
  close: { id: 'review.close', defaultMessage: 'Close' },
  keep: { id: 'review.keep', defaultMessage: 'Keep them' },
  safari: {
    id: 'review.safari',
    defaultMessage:
      "Safari deletes a site's data after 7 days without a visit unless Foothold is on the home screen: export now and then to keep a copy.",
  },
  reading: {
    id: 'review.importReading',
    defaultMessage: 'Reading the file: {share, number, percent}',
  },
  checking: {
    id: 'review.importChecking',
    defaultMessage: 'Checking session {done, number} of {total, number}',
  },
  saving: { id: 'review.importSaving', defaultMessage: 'Saving…' },
  savingEvents: {
    id: 'review.importSavingEvents',
    defaultMessage: 'Saving event {done, number} of {total, number}',
  },
});

const stamp = (now: Date) => now.toISOString().slice(0, 10);

/** The sessions a deletion goes to: "1 session", "all 2 sessions", or "2 sessions" when some stay. */
function sessionsGoing({ sessions, kept }: DeleteSurvey): Phrase {
  return phrase(sessions === 1 || kept.length > 0 ? m.sessionCount : m.allSessions, {
    count: sessions,
  });
}

/** What a deletion removes: "all 2 sessions and 6 ratings, and your ladder of 3 steps". */
function deletionWords(survey: DeleteSurvey): Phrase {
  const sessions =
    survey.sessions > 0
      ? phrase(m.sessionsAndRatings, { sessions: sessionsGoing(survey), ratings: survey.ratings })
      : null;
  const steps = survey.steps > 0 ? phrase(m.ladderOfSteps, { steps: survey.steps }) : null;
  const ladder =
    survey.places > 0
      ? phrase(m.ladderAndPlaces, { ladder: steps ?? '', places: survey.places })
      : steps;
  if (sessions && ladder) return phrase(m.sessionsAndLadder, { sessions, ladder });
  return sessions ?? ladder ?? phrase(m.sessionCount, { count: 0 });
}

/** A stored session's scene by name; an id no scene has any more as it was stored. */
function sceneWords(sceneId: string): Phrase | string {
  const scene = findScene(sceneId);
  return scene ? phrase(scene.title) : sceneId;
}

/** The sessions kept because a tab still runs them, each by its scene and when it started. */
function keptWords(kept: readonly SessionRecord[]): Phrase {
  const sessions = kept.map((r) =>
    phrase(m.keptSession, { scene: sceneWords(r.sceneId), startedAt: r.startedAt }),
  );
  return phrase(m.keptSessions, { sessions, count: kept.length });
}

const nothingGoes = (survey: DeleteSurvey) => survey.sessions === 0 && survey.steps === 0;

/**
 * Distress logs: the sessions, progress per scene, export, import and deletion. The first screen
 * reads one digest per session (data/digests.ts), never the log itself, so it shows as soon at
 * 3,650 sessions as at ten; the export reads the log when asked for.
 */
export default function ReviewPage() {
  // Live: what the log worker, another tab, an import or a deletion commits shows unasked.
  const intl = useIntl();
  const stored = useStored(readDigests);
  const read = stored?.ok ? stored.value : null;
  const problem = stored && !stored.ok ? stored.problem : null;
  const [filter, setFilter] = useState<ReviewFilter>(noFilter);

  // Sessions whose digest was missing or stale were read from their logs: store what was read,
  // once each, so the next visit need not. A failure costs only that next visit's time.
  const saved = useRef(new Set<string>());
  useEffect(() => {
    const ids = (read?.unsaved ?? []).filter((id) => !saved.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) saved.current.add(id);
    writeDigests(database(), ids).catch(() => undefined);
  }, [read]);

  const digests = useMemo(() => read?.digests ?? [], [read]);
  // Fetched while the page paints, so the charts are drawn as soon as their turn comes.
  const anyCharts = digests.length > 0;
  useEffect(() => {
    if (anyCharts) void loadPlot().catch(() => undefined);
  }, [anyCharts]);
  const shown = useMemo(() => filterDigests(digests, filter), [digests, filter]);
  const progress = useMemo(() => progressByScene(shown), [shown]);

  if (stored === undefined) return <ReviewSkeleton />;
  return (
    <section className="review" data-ready={read !== null}>
      <ReviewHead />
      {problem && (
        <p role="alert" className="error">
          {intl.formatMessage(m.unreadable, { problem: say(intl, problem) })}
        </p>
      )}
      {read !== null && (
        <>
          <DataTools digests={digests} shown={shown} filtered={shown.length !== digests.length} />
          {digests.length === 0 ? (
            <p>{intl.formatMessage(m.empty)}</p>
          ) : (
            <>
              <Filters filter={filter} onChange={setFilter} />
              <div className="row print-row">
                <button type="button" onClick={() => window.print()}>
                  {intl.formatMessage(m.print)}
                </button>
              </div>
              <h2>{intl.formatMessage(m.progress)}</h2>
              {progress.length === 0 && <p>{intl.formatMessage(m.noMatch)}</p>}
              {progress.map((p) => (
                <section
                  key={p.sceneId}
                  className="progress"
                  aria-labelledby={`progress-${p.sceneId}`}
                >
                  <h3 id={`progress-${p.sceneId}`}>{sceneTitle(intl, p.sceneId)}</h3>
                  <p className="progress-line">{say(intl, p.line)}</p>
                  <ProgressCharts title={sceneTitle(intl, p.sceneId)} points={p.points} />
                </section>
              ))}
              <h2>{intl.formatMessage(m.sessions)}</h2>
              <SessionList digests={shown} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function Filters({
  filter,
  onChange,
}: {
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{intl.formatMessage(m.show)}</legend>
      <label htmlFor={`${id}-scene`}>{intl.formatMessage(m.scene)}</label>
      <select
        id={`${id}-scene`}
        value={filter.sceneId ?? ''}
        onChange={(e) => onChange({ ...filter, sceneId: e.target.value || null })}
      >
        <option value="">{intl.formatMessage(m.everyScene)}</option>
        {scenes.map((s) => (
          <option key={s.id} value={s.id}>
            {intl.formatMessage(s.title)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>{intl.formatMessage(m.from)}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filter.from ?? ''}
        onChange={(e) => onChange({ ...filter, from: e.target.value || null })}
      />
      <label htmlFor={`${id}-to`}>{intl.formatMessage(m.to)}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={filter.to ?? ''}
        onChange={(e) => onChange({ ...filter, to: e.target.value || null })}
      />
    </fieldset>
  );
}

/** The logs of the sessions shown (all of them unless filtered), read as stored right now. */
async function readShown(shown: readonly SessionDigest[], filtered: boolean) {
  const all: LoggedSession[] = await readAllSessions(database());
  if (!filtered) return all;
  const ids = new Set(shown.map((d) => d.id));
  return all.filter((l) => ids.has(l.record.id));
}

function DataTools({
  digests,
  shown,
  filtered,
}: {
  digests: SessionDigest[];
  shown: SessionDigest[];
  filtered: boolean;
}) {
  const intl = useIntl();
  // Kept as words to say, not said: a change of language while it shows changes it too.
  const [message, setMessage] = useState<{ text: Phrase | string; error: boolean } | null>(null);
  // What would go, counted fresh when the person asks to delete, not from the page's copy.
  const [confirming, setConfirming] = useState<DeleteSurvey | null>(null);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const toExport = filtered ? shown : digests;
  const counted = useStored(countSteps);
  const stepCount = counted?.ok ? counted.value : 0;
  const places = useStored(countPlaces);
  const placeCount = places?.ok ? places.value : 0;

  const importChosen = async (chosen: File) => {
    setMessage(null);
    setImporting({ phase: 'reading', done: 0, total: chosen.size });
    const imported = await importLog(chosen, setImporting);
    setImporting(null);
    if (!imported.ok)
      setMessage({ text: phrase(m.notImported, { problem: imported.problem }), error: true });
    else setMessage({ text: importedText(imported), error: false });
  };

  const askToDelete = async () => {
    setMessage(null);
    try {
      setConfirming(await surveyDeleteAll(database()));
    } catch (error) {
      setMessage({
        text: phrase(m.notDeleted, { problem: describeStorageError(error) }),
        error: true,
      });
    }
  };

  const deleteEverything = async () => {
    try {
      // Liveness is asked again as the delete runs: a session started since the confirm stays.
      const done = await deleteAll(database());
      setMessage({
        text:
          done.kept.length === 0
            ? phrase(m.deletedEverything)
            : phrase(m.deletedKept, {
                deleted: nothingGoes(done)
                  ? phrase(m.nothingDeleted)
                  : phrase(m.deleted, { what: deletionWords(done) }),
                kept: keptWords(done.kept),
              }),
        error: false,
      });
    } catch (error) {
      setMessage({
        text: phrase(m.notDeleted, { problem: describeStorageError(error) }),
        error: true,
      });
    }
    setConfirming(null);
  };

  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">{intl.formatMessage(m.yourData)}</h2>
      <div className="row">
        <button
          type="button"
          disabled={toExport.length === 0 && stepCount === 0}
          onClick={async () => {
            try {
              // Read now, not from the page's copy: the export must hold the ladder as stored.
              const logs = await readShown(shown, filtered);
              const file = await readExport(database(), logs, APP_VERSION);
              download(
                `foothold-${stamp(new Date(file.exportedAt))}.json`,
                'application/json',
                JSON.stringify(file, null, 1),
              );
            } catch (error) {
              setMessage({
                text: phrase(m.notExported, { problem: describeStorageError(error) }),
                error: true,
              });
            }
          }}
        >
          {intl.formatMessage(filtered ? m.exportJsonShown : m.exportJson)}
        </button>
        {placeCount > 0 && (
          <button
            type="button"
            onClick={async () => {
              try {
                const logs = await readShown(shown, filtered);
                const { file, archive } = await readExportWithMedia(database(), logs, APP_VERSION);
                downloadBlob(
                  `foothold-${stamp(new Date(file.exportedAt))}-with-media.zip`,
                  archive,
                );
              } catch (error) {
                setMessage({
                  text: phrase(m.notExported, { problem: describeStorageError(error) }),
                  error: true,
                });
              }
            }}
          >
            {intl.formatMessage(m.exportWithMedia)}
          </button>
        )}
        <button
          type="button"
          disabled={toExport.length === 0}
          onClick={async () => {
            try {
              const logs = await readShown(shown, filtered);
              download(`foothold-ratings-${stamp(new Date())}.csv`, 'text/csv', toCsv(logs));
            } catch (error) {
              setMessage({
                text: phrase(m.notExported, { problem: describeStorageError(error) }),
                error: true,
              });
            }
          }}
        >
          {intl.formatMessage(filtered ? m.exportCsvShown : m.exportCsv)}
        </button>
        <DestructiveButton disabled={importing !== null} onClick={() => file.current?.click()}>
          {intl.formatMessage(m.import)}
        </DestructiveButton>
        <input
          ref={file}
          type="file"
          accept="application/json,.json,application/zip,.zip"
          className="visually-hidden"
          aria-label={intl.formatMessage(m.chooseImport)}
          onChange={unlessFramed((e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void importChosen(chosen);
          })}
        />
        <DestructiveButton
          className="danger"
          disabled={digests.length === 0 && stepCount === 0}
          onClick={() => void askToDelete()}
        >
          {intl.formatMessage(m.deleteEverything)}
        </DestructiveButton>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-title" className="confirm">
          {nothingGoes(confirming) ? (
            <p id="delete-all-title">
              {intl.formatMessage(m.nothingCanGo, { kept: say(intl, keptWords(confirming.kept)) })}
            </p>
          ) : (
            <p id="delete-all-title">
              {intl.formatMessage(m.confirm, { what: say(intl, deletionWords(confirming)) })}
              {confirming.kept.length > 0 &&
                ` ${intl.formatMessage(m.confirmKeeps, { kept: say(intl, keptWords(confirming.kept)) })}`}
            </p>
          )}
          <div className="row">
            {!nothingGoes(confirming) && (
              <DestructiveButton className="danger" onClick={() => void deleteEverything()}>
                {confirming.sessions > 0
                  ? intl.formatMessage(m.deleteSessions, {
                      sessions: say(intl, sessionsGoing(confirming)),
                    })
                  : intl.formatMessage(m.deleteLadder, { steps: confirming.steps })}
              </DestructiveButton>
            )}
            <button type="button" onClick={() => setConfirming(null)}>
              {intl.formatMessage(nothingGoes(confirming) ? m.close : m.keep)}
            </button>
          </div>
        </div>
      )}
      {importing && <ImportProgressLine progress={importing} />}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error' : undefined}
        >
          {say(intl, message.text)}
        </p>
      )}
      <p className="hint">{intl.formatMessage(m.safari)}</p>
    </section>
  );
}

/** How far an import has come, in a bar and in words; the page stays usable meanwhile. */
function ImportProgressLine({ progress }: { progress: ImportProgress }) {
  const intl = useIntl();
  const id = useId();
  const { done, total } = progress;
  const words =
    progress.phase === 'reading'
      ? // Whole percents, rounded down: 100 % only once the whole file is read.
        intl.formatMessage(m.reading, {
          share: Math.floor((100 * done) / Math.max(1, total)) / 100,
        })
      : progress.phase === 'checking'
        ? intl.formatMessage(m.checking, { done, total })
        : total === 0
          ? intl.formatMessage(m.saving)
          : intl.formatMessage(m.savingEvents, { done, total });
  return (
    <p className="import-progress">
      <label htmlFor={id}>{words}</label>{' '}
      {progress.total === 0 ? (
        <progress id={id} />
      ) : (
        <progress id={id} value={progress.done} max={progress.total} />
      )}
    </p>
  );
}
