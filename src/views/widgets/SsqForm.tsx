import { useId } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { SSQ_ITEMS, SSQ_SEVERITY } from '../../domain/ssq';

const m = defineMessages({
  title: {
    id: 'ssq.form.title',
    defaultMessage: 'Cybersickness check (optional, 16 symptoms)',
    description:
      'Opens the Simulator Sickness Questionnaire: how unwell practice in a headset makes the person feel',
  },
  before: {
    id: 'ssq.form.before',
    defaultMessage:
      'How much is each symptom affecting you right now? Asked again at the end, it shows whether practice in the headset makes you unwell.',
  },
  after: { id: 'ssq.form.after', defaultMessage: 'How much is each symptom affecting you now?' },
  symptom: { id: 'ssq.form.symptom', defaultMessage: 'Symptom' },
  answer: {
    id: 'ssq.form.answer',
    defaultMessage: '{symptom}: {severity}',
    description: 'A choice for screen readers, e.g. "Headache: Moderate"',
  },
  partial: {
    id: 'ssq.form.partial',
    defaultMessage: 'Rate all 16 symptoms, or <button>clear the check</button> to skip it.',
  },
});

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
  const intl = useIntl();
  const id = useId();
  const severities = SSQ_SEVERITY.map((s) => ({ key: s.id, words: intl.formatMessage(s) }));
  const partial = ssqAnswers(value) === null;
  return (
    <details className="ssq field">
      <summary>{intl.formatMessage(m.title)}</summary>
      <p className="hint">{intl.formatMessage(when === 'before' ? m.before : m.after)}</p>
      <table className="ssq-table">
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.symptom)}</th>
            {severities.map((s) => (
              <th scope="col" key={s.key}>
                {s.words}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SSQ_ITEMS.map((item, i) => {
            const symptom = intl.formatMessage(item.label);
            return (
              <tr key={item.label.id}>
                <th scope="row" id={`${id}-${i}`}>
                  {symptom}
                </th>
                {severities.map((severity, score) => (
                  <td key={severity.key}>
                    <input
                      type="radio"
                      name={`${id}-${i}`}
                      aria-label={intl.formatMessage(m.answer, {
                        symptom,
                        severity: severity.words,
                      })}
                      checked={value[i] === score}
                      onChange={() => onChange(value.map((a, j) => (j === i ? score : a)))}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {partial && (
        <p className="hint" role="status">
          {intl.formatMessage(m.partial, {
            button: (words) => (
              <button type="button" onClick={() => onChange(emptySsq())}>
                {words}
              </button>
            ),
          })}
        </p>
      )}
    </details>
  );
}
