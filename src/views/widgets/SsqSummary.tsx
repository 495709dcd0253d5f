import type { SessionState } from '../../domain/session/machine';
import { SSQ_REST_RISE, scoreSsq, ssqChange } from '../../domain/ssq';

/** The cybersickness check's scores, and a rest suggested when the total rose by 20 or more. */
export function SsqSummary({ state }: { state: SessionState }) {
  const before = state.before.ssq;
  const after = state.after?.ssq;
  if (!before && !after) return null;
  const change = ssqChange(before, after);
  const rows = [
    ['Before', before ? scoreSsq(before) : null],
    ['After', after ? scoreSsq(after) : null],
  ] as const;
  return (
    <section className="ssq-summary" aria-labelledby="ssq-summary-title">
      <h2 id="ssq-summary-title">Cybersickness check</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Nausea</th>
            <th scope="col">Oculomotor</th>
            <th scope="col">Disorientation</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([when, score]) => (
            <tr key={when}>
              <th scope="row">{when}</th>
              {score ? (
                <>
                  <td>{score.nausea}</td>
                  <td>{score.oculomotor}</td>
                  <td>{score.disorientation}</td>
                  <td data-figure={`ssq-${when.toLowerCase()}`}>{score.total}</td>
                </>
              ) : (
                <td colSpan={4}>not answered</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {change && (
        <p className={change.restSuggested ? 'notice' : undefined} data-figure="ssq-rise">
          {change.restSuggested
            ? `The total rose by ${change.rise} (${SSQ_REST_RISE} or more): rest before your next session, away from the headset, until you feel well again.`
            : `The total changed by ${change.rise > 0 ? '+' : ''}${change.rise}.`}
        </p>
      )}
    </section>
  );
}
