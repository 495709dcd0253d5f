import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findScene, scenes } from '../../../scenes/registry';
import { database } from '../../data/database';
import { readDigests, writeDigests } from '../../data/digests';
import { describeStorageError } from '../../data/errors';
import { countSteps, readSteps } from '../../data/ladder';
import { type DeleteSurvey, deleteAll, surveyDeleteAll } from '../../data/sessions';
import { toCsv } from '../../data/transfer/csv';
import { buildExport, type LoggedSession, readAllSessions } from '../../data/transfer/format';
import { importedText } from '../../data/transfer/messages';
import { APP_VERSION } from '../../data/version';
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
import { useStored } from '../widgets/useStored';
import { loadPlot, ProgressCharts } from './charts';
import { download } from './download';
import { ReviewHead, ReviewSkeleton } from './ReviewSkeleton';
import { SessionList } from './SessionList';

const sceneTitle = (id: string) => findScene(id)?.title ?? id;
const stamp = (now: Date) => now.toISOString().slice(0, 10);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sessions a deletion goes to: "1 session", "all 2 sessions", or "2 sessions" when some stay. */
function sessionsGoing({ sessions, kept }: DeleteSurvey): string {
  return sessions === 1 || kept.length > 0
    ? count(sessions, 'session', 'sessions')
    : `all ${sessions} sessions`;
}

/** What a deletion removes, in words: "all 2 sessions and 6 ratings, and your ladder of 3 steps". */
function deletionWords(survey: DeleteSurvey): string {
  const parts: string[] = [];
  if (survey.sessions > 0)
    parts.push(`${sessionsGoing(survey)} and ${count(survey.ratings, 'rating', 'ratings')}`);
  if (survey.steps > 0) parts.push(`your ladder of ${count(survey.steps, 'step', 'steps')}`);
  return parts.join(', and ');
}

/** The sessions kept because a tab still runs them, each by its scene and when it started. */
function keptWords(kept: readonly SessionRecord[]): string {
  const named = kept.map(
    (r) => `the ${sceneTitle(r.sceneId)} session started ${new Date(r.startedAt).toLocaleString()}`,
  );
  const list =
    named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
  return `${list}, which ${kept.length === 1 ? 'is' : 'are'} still running in another tab or window`;
}

const nothingGoes = (survey: DeleteSurvey) => survey.sessions === 0 && survey.steps === 0;

/**
 * Distress logs: the sessions, progress per scene, export, import and deletion. The first screen
 * reads one digest per session (data/digests.ts), never the log itself, so it shows as soon at
 * 3,650 sessions as at ten; the export reads the log when asked for.
 */
export default function ReviewPage() {
  // Live: what the log worker, another tab, an import or a deletion commits shows unasked.
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
          Your sessions could not be read: {problem}
        </p>
      )}
      {read !== null && (
        <>
          <DataTools digests={digests} shown={shown} filtered={shown.length !== digests.length} />
          {digests.length === 0 ? (
            <p>Nothing has been logged yet. Sessions appear here once you run one.</p>
          ) : (
            <>
              <Filters filter={filter} onChange={setFilter} />
              <div className="row print-row">
                <button type="button" onClick={() => window.print()}>
                  Print a report of these
                </button>
              </div>
              <h2>Progress</h2>
              {progress.length === 0 && <p>No sessions match these filters.</p>}
              {progress.map((p) => (
                <section
                  key={p.sceneId}
                  className="progress"
                  aria-labelledby={`progress-${p.sceneId}`}
                >
                  <h3 id={`progress-${p.sceneId}`}>{sceneTitle(p.sceneId)}</h3>
                  <p className="progress-line">{p.line}</p>
                  <ProgressCharts title={sceneTitle(p.sceneId)} points={p.points} />
                </section>
              ))}
              <h2>Sessions</h2>
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
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>Show</legend>
      <label htmlFor={`${id}-scene`}>Scene</label>
      <select
        id={`${id}-scene`}
        value={filter.sceneId ?? ''}
        onChange={(e) => onChange({ ...filter, sceneId: e.target.value || null })}
      >
        <option value="">Every scene</option>
        {scenes.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filter.from ?? ''}
        onChange={(e) => onChange({ ...filter, from: e.target.value || null })}
      />
      <label htmlFor={`${id}-to`}>To</label>
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
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // What would go, counted fresh when the person asks to delete, not from the page's copy.
  const [confirming, setConfirming] = useState<DeleteSurvey | null>(null);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const toExport = filtered ? shown : digests;
  const counted = useStored(countSteps);
  const stepCount = counted?.ok ? counted.value : 0;

  const importChosen = async (chosen: File) => {
    setMessage(null);
    setImporting({ phase: 'reading', done: 0, total: chosen.size });
    const imported = await importLog(chosen, setImporting);
    setImporting(null);
    if (!imported.ok)
      setMessage({ text: `Nothing was imported. ${imported.problem}`, error: true });
    else setMessage({ text: importedText(imported), error: false });
  };

  const askToDelete = async () => {
    setMessage(null);
    try {
      setConfirming(await surveyDeleteAll(database()));
    } catch (error) {
      setMessage({ text: `Nothing was deleted. ${describeStorageError(error)}`, error: true });
    }
  };

  const deleteEverything = async () => {
    try {
      // Liveness is asked again as the delete runs: a session started since the confirm stays.
      const done = await deleteAll(database());
      const kept = done.kept.length > 0 ? ` Kept ${keptWords(done.kept)}.` : '';
      setMessage({
        text:
          done.kept.length === 0
            ? 'Everything was deleted from this device.'
            : `${nothingGoes(done) ? 'Nothing was deleted.' : `Deleted ${deletionWords(done)}.`}${kept}`,
        error: false,
      });
    } catch (error) {
      setMessage({ text: `Nothing was deleted. ${describeStorageError(error)}`, error: true });
    }
    setConfirming(null);
  };

  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">Your data</h2>
      <div className="row">
        <button
          type="button"
          disabled={toExport.length === 0 && stepCount === 0}
          onClick={async () => {
            try {
              // Read now, not from the page's copy: the export must hold the ladder as stored.
              const [logs, ladder] = await Promise.all([
                readShown(shown, filtered),
                readSteps(database()),
              ]);
              // Taken after the read: the import refuses anything later than the export.
              const now = new Date();
              download(
                `foothold-${stamp(now)}.json`,
                'application/json',
                JSON.stringify(buildExport(logs, APP_VERSION, now, ladder), null, 1),
              );
            } catch (error) {
              setMessage({
                text: `Nothing was exported. ${describeStorageError(error)}`,
                error: true,
              });
            }
          }}
        >
          Export JSON{filtered ? ' (shown sessions)' : ''}
        </button>
        <button
          type="button"
          disabled={toExport.length === 0}
          onClick={async () => {
            try {
              const logs = await readShown(shown, filtered);
              download(`foothold-ratings-${stamp(new Date())}.csv`, 'text/csv', toCsv(logs));
            } catch (error) {
              setMessage({
                text: `Nothing was exported. ${describeStorageError(error)}`,
                error: true,
              });
            }
          }}
        >
          Export CSV{filtered ? ' (shown sessions)' : ''}
        </button>
        <DestructiveButton disabled={importing !== null} onClick={() => file.current?.click()}>
          Import a JSON export
        </DestructiveButton>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Choose a Foothold export to import"
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
          Delete everything…
        </DestructiveButton>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-title" className="confirm">
          {nothingGoes(confirming) ? (
            <p id="delete-all-title">
              Nothing can be deleted now: {keptWords(confirming.kept)}. End it there first.
            </p>
          ) : (
            <p id="delete-all-title">
              This deletes {deletionWords(confirming)} from this device. It cannot be undone; export
              first if you want to keep them.
              {confirming.kept.length > 0 &&
                ` It keeps ${keptWords(confirming.kept)}: end it there to delete it too.`}
            </p>
          )}
          <div className="row">
            {!nothingGoes(confirming) && (
              <DestructiveButton className="danger" onClick={() => void deleteEverything()}>
                {confirming.sessions > 0
                  ? `Delete ${sessionsGoing(confirming)}`
                  : `Delete the ladder of ${count(confirming.steps, 'step', 'steps')}`}
              </DestructiveButton>
            )}
            <button type="button" onClick={() => setConfirming(null)}>
              {nothingGoes(confirming) ? 'Close' : 'Keep them'}
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
          {message.text}
        </p>
      )}
      <p className="hint">
        Safari deletes a site's data after 7 days without a visit unless Foothold is on the home
        screen: export now and then to keep a copy.
      </p>
    </section>
  );
}

const figure = (n: number) => n.toLocaleString('en');

/** How far an import has come, in a bar and in words; the page stays usable meanwhile. */
function ImportProgressLine({ progress }: { progress: ImportProgress }) {
  const id = useId();
  const words =
    progress.phase === 'reading'
      ? `Reading the file: ${Math.floor((100 * progress.done) / Math.max(1, progress.total))} %`
      : progress.phase === 'checking'
        ? `Checking session ${figure(progress.done)} of ${figure(progress.total)}`
        : progress.total === 0
          ? 'Saving…'
          : `Saving event ${figure(progress.done)} of ${figure(progress.total)}`;
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
