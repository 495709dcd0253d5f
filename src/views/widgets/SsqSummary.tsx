import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import type { SessionState } from '../../domain/session/machine';
import { SSQ_REST_RISE, scoreSsq, ssqChange } from '../../domain/ssq';

const m = defineMessages({
  title: { id: 'ssq.summary.title', defaultMessage: 'Cybersickness check' },
  when: { id: 'ssq.summary.when', defaultMessage: 'When' },
  nausea: {
    id: 'ssq.summary.nausea',
    defaultMessage: 'Nausea',
    description: 'A subscale of the Simulator Sickness Questionnaire',
  },
  oculomotor: {
    id: 'ssq.summary.oculomotor',
    defaultMessage: 'Oculomotor',
    description: 'A subscale of the Simulator Sickness Questionnaire: strain of the eyes',
  },
  disorientation: {
    id: 'ssq.summary.disorientation',
    defaultMessage: 'Disorientation',
    description: 'A subscale of the Simulator Sickness Questionnaire',
  },
  total: { id: 'ssq.summary.total', defaultMessage: 'Total' },
  before: {
    id: 'ssq.summary.before',
    defaultMessage: 'Before',
    description: 'The answers given before the session',
  },
  after: {
    id: 'ssq.summary.after',
    defaultMessage: 'After',
    description: 'The answers given after the session',
  },
  notAnswered: { id: 'ssq.summary.notAnswered', defaultMessage: 'not answered' },
  rest: {
    id: 'ssq.summary.rest',
    defaultMessage:
      'The total rose by {rise, number} ({limit, number} or more): rest before your next session, away from the headset, until you feel well again.',
  },
  changed: {
    id: 'ssq.summary.changed',
    defaultMessage: 'The total changed by {change}.',
    description: 'The change with its sign, e.g. "+4.2" or "-3.7"',
  },
});

/** The cybersickness check's scores, and a rest suggested when the total rose by 20 or more. */
export function SsqSummary({ state }: { state: SessionState }) {
  const intl = useIntl();
  const before = state.before.ssq;
  const after = state.after?.ssq;
  if (!before && !after) return null;
  const change = ssqChange(before, after);
  // The figure names are data, the same in every language.
  const rows = [
    { figure: 'ssq-before', when: m.before, score: before ? scoreSsq(before) : null },
    { figure: 'ssq-after', when: m.after, score: after ? scoreSsq(after) : null },
  ] as const;
  const n = (x: number) => intl.formatNumber(x);
  return (
    <section className="ssq-summary" aria-labelledby="ssq-summary-title">
      <h2 id="ssq-summary-title">{intl.formatMessage(m.title)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.when)}</th>
            <th scope="col">{intl.formatMessage(m.nausea)}</th>
            <th scope="col">{intl.formatMessage(m.oculomotor)}</th>
            <th scope="col">{intl.formatMessage(m.disorientation)}</th>
            <th scope="col">{intl.formatMessage(m.total)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ figure, when, score }) => (
            <tr key={figure}>
              <th scope="row">{intl.formatMessage(when)}</th>
              {score ? (
                <>
                  <td>{n(score.nausea)}</td>
                  <td>{n(score.oculomotor)}</td>
                  <td>{n(score.disorientation)}</td>
                  <td data-figure={figure}>{n(score.total)}</td>
                </>
              ) : (
                <td colSpan={4}>{intl.formatMessage(m.notAnswered)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {change && (
        <p className={change.restSuggested ? 'notice' : undefined} data-figure="ssq-rise">
          {change.restSuggested
            ? intl.formatMessage(m.rest, { rise: change.rise, limit: SSQ_REST_RISE })
            : intl.formatMessage(m.changed, {
                change: intl.formatNumber(change.rise, { signDisplay: 'exceptZero' }),
              })}
        </p>
      )}
    </section>
  );
}
