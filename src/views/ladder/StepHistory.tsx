import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { StepHistoryEntry } from '../../data/ladder';
import { defineMessages } from '../../domain/phrase';
import { statusWords } from '../../domain/session/format';
import { sessionRecordPath } from '../routes';

const m = defineMessages({
  none: { id: 'steps.historyNone', defaultMessage: 'No sessions at this step yet.' },
  summary: {
    id: 'steps.historySummary',
    defaultMessage: 'History: {count, plural, one {# session} other {# sessions}}',
  },
  caption: { id: 'steps.historyCaption', defaultMessage: 'Sessions at the step “{name}”' },
  date: { id: 'steps.historyDate', defaultMessage: 'Date' },
  peak: { id: 'steps.historyPeak', defaultMessage: 'Peak', description: 'Highest distress rating' },
  end: { id: 'steps.historyEnd', defaultMessage: 'End', description: 'Distress rating at the end' },
  status: { id: 'steps.historyStatus', defaultMessage: 'Status' },
  varied: {
    id: 'steps.historyVaried',
    defaultMessage: '(varied)',
    description: 'The session changed the step details slightly',
  },
});

/** A step's sessions, newest first, folded away: one click to open. `name` is as shown. */
export function StepHistory({ name, entries }: { name: string; entries: StepHistoryEntry[] }) {
  const intl = useIntl();
  if (entries.length === 0) return <p className="hint">{intl.formatMessage(m.none)}</p>;
  return (
    <details className="step-history">
      <summary>{intl.formatMessage(m.summary, { count: entries.length })}</summary>
      <table>
        <caption className="visually-hidden">{intl.formatMessage(m.caption, { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.date)}</th>
            <th scope="col">{intl.formatMessage(m.peak)}</th>
            <th scope="col">{intl.formatMessage(m.end)}</th>
            <th scope="col">{intl.formatMessage(m.status)}</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={sessionRecordPath(e.id)}>
                  {intl.formatDate(e.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </Link>
                {e.varied && <> {intl.formatMessage(m.varied)}</>}
              </td>
              <td>{intl.formatNumber(e.peak)}</td>
              <td>{intl.formatNumber(e.end)}</td>
              <td>{intl.formatMessage(statusWords[e.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
