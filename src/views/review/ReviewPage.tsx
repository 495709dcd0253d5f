import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findScene, scenes } from '../../../scenes/registry';
import { database } from '../../data/database';
import { readDigests, writeDigests } from '../../data/digests';
import { describeStorageError } from '../../data/errors';
import { countSteps, readSteps } from '../../data/ladder';
import { deleteAll } from '../../data/sessions';
import { toCsv } from '../../data/transfer/csv';
import { buildExport, type LoggedSession, readAllSessions } from '../../data/transfer/format';
import { importFile } from '../../data/transfer/importFile';
import { parseImport } from '../../data/transfer/validate';
import { APP_VERSION } from '../../data/version';
import {
  filterDigests,
  noFilter,
  type ReviewFilter,
  type SessionDigest,
} from '../../domain/review/digest';
import { progressByScene } from '../../domain/review/progress';
import { useStored } from '../widgets/useStored';
import { ProgressCharts } from './charts';
import { download } from './download';
import { ReviewHead, ReviewSkeleton } from './ReviewSkeleton';
import { SessionList } from './SessionList';

const sceneTitle = (id: string) => findScene(id)?.title ?? id;
const stamp = (now: Date) => now.toISOString().slice(0, 10);

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
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const ratings = digests.reduce((n, d) => n + d.ratings, 0);
  const toExport = filtered ? shown : digests;
  const running = digests.some((d) => d.status === 'active');
  const counted = useStored(countSteps);
  const stepCount = counted?.ok ? counted.value : 0;

  const importChosen = async (chosen: File) => {
    setMessage(null);
    const parsed = parseImport(await chosen.text(), findScene);
    if (!parsed.ok) {
      setMessage({ text: `Nothing was imported. ${parsed.problem}`, error: true });
      return;
    }
    try {
      const { added, alreadyHere, stepsAdded } = await importFile(database(), parsed.file);
      setMessage({
        text: `Imported ${added} ${added === 1 ? 'session' : 'sessions'}${alreadyHere > 0 ? `; ${alreadyHere} were already here` : ''}${stepsAdded > 0 ? `, and ${stepsAdded} ladder ${stepsAdded === 1 ? 'step' : 'steps'}` : ''}.`,
        error: false,
      });
    } catch (error) {
      setMessage({ text: `Nothing was imported. ${describeStorageError(error)}`, error: true });
    }
  };

  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">Your data</h2>
      <div className="row">
        <button
          type="button"
          disabled={toExport.length === 0 && stepCount === 0}
          onClick={async () => {
            const now = new Date();
            try {
              // Read now, not from the page's copy: the export must hold the ladder as stored.
              const [logs, ladder] = await Promise.all([
                readShown(shown, filtered),
                readSteps(database()),
              ]);
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
        <button type="button" onClick={() => file.current?.click()}>
          Import a JSON export
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Choose a Foothold export to import"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void importChosen(chosen);
          }}
        />
        <button
          type="button"
          className="danger"
          disabled={digests.length === 0 && stepCount === 0}
          onClick={() => setConfirming(true)}
        >
          Delete everything…
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-title" className="confirm">
          <p id="delete-all-title">
            This deletes all {digests.length} {digests.length === 1 ? 'session' : 'sessions'} and{' '}
            {ratings} {ratings === 1 ? 'rating' : 'ratings'}
            {stepCount > 0
              ? `, and your ladder of ${stepCount} ${stepCount === 1 ? 'step' : 'steps'},`
              : ''}{' '}
            from this device. It cannot be undone; export first if you want to keep them.
          </p>
          {running && (
            <p>A session is still running in another tab or window: end it there first.</p>
          )}
          <div className="row">
            <button
              type="button"
              className="danger"
              disabled={running}
              onClick={async () => {
                try {
                  await deleteAll(database());
                  setMessage({ text: 'Everything was deleted from this device.', error: false });
                } catch (error) {
                  setMessage({
                    text: `Nothing was deleted. ${describeStorageError(error)}`,
                    error: true,
                  });
                }
                setConfirming(false);
              }}
            >
              Delete all {digests.length} sessions
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
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
