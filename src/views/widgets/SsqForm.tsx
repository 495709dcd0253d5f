import { useId } from 'react';
import { SSQ_ITEMS, SSQ_SEVERITY } from '../../domain/ssq';

/** Answers while being given: null where a symptom is not rated yet. */
export type SsqDraft = (number | null)[];

export const emptySsq = (): SsqDraft => SSQ_ITEMS.map(() => null);

/** The answers when all 16 are given, undefined when none are; null when only some are. */
export function ssqAnswers(draft: SsqDraft): number[] | undefined | null {
  if (draft.every((a) => a === null)) return undefined;
  if (draft.some((a) => a === null)) return null;
  return draft as number[];
}

/** The optional Simulator Sickness Questionnaire, folded away until the person opens it. */
export function SsqForm({
  when,
  value,
  onChange,
}: {
  when: 'before' | 'after';
  value: SsqDraft;
  onChange: (next: SsqDraft) => void;
}) {
  const id = useId();
  const partial = ssqAnswers(value) === null;
  return (
    <details className="ssq field">
      <summary>Cybersickness check (optional, 16 symptoms)</summary>
      <p className="hint">
        {when === 'before'
          ? 'How much is each symptom affecting you right now? Asked again at the end, it shows whether practice in the headset makes you unwell.'
          : 'How much is each symptom affecting you now?'}
      </p>
      <table className="ssq-table">
        <thead>
          <tr>
            <th scope="col">Symptom</th>
            {SSQ_SEVERITY.map((s) => (
              <th scope="col" key={s}>
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SSQ_ITEMS.map((item, i) => (
            <tr key={item.label}>
              <th scope="row" id={`${id}-${i}`}>
                {item.label}
              </th>
              {SSQ_SEVERITY.map((severity, score) => (
                <td key={severity}>
                  <input
                    type="radio"
                    name={`${id}-${i}`}
                    aria-label={`${item.label}: ${severity}`}
                    checked={value[i] === score}
                    onChange={() => onChange(value.map((a, j) => (j === i ? score : a)))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {partial && (
        <p className="hint" role="status">
          Rate all 16 symptoms, or{' '}
          <button type="button" onClick={() => onChange(emptySsq())}>
            clear the check
          </button>{' '}
          to skip it.
        </p>
      )}
    </details>
  );
}
