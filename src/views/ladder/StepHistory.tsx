import { Link } from 'wouter';
import type { StepHistoryEntry } from '../../data/ladder';
import { statusWords } from '../../domain/session/format';
import { sessionRecordPath } from '../routes';

/** A step's sessions, newest first, folded away: one click to open. */
export function StepHistory({ name, entries }: { name: string; entries: StepHistoryEntry[] }) {
  if (entries.length === 0) return <p className="hint">No sessions at this step yet.</p>;
  return (
    <details className="step-history">
      <summary>
        History: {entries.length} {entries.length === 1 ? 'session' : 'sessions'}
      </summary>
      <table>
        <caption className="visually-hidden">Sessions at the step “{name}”</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Peak</th>
            <th scope="col">End</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={sessionRecordPath(e.id)}>{new Date(e.startedAt).toLocaleString()}</Link>
                {e.varied && ' (varied)'}
              </td>
              <td>{e.peak}</td>
              <td>{e.end}</td>
              <td>{statusWords[e.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
