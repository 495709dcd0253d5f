import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages, say } from '../../domain/phrase';
import {
  SUDS_MAX,
  SUDS_MIN,
  SUDS_STEP,
  sudsAnchors,
  sudsProblem,
  sudsWords,
} from '../../domain/session/suds';

const m = defineMessages({
  anchors: {
    id: 'suds.anchors',
    defaultMessage: 'What the numbers mean',
    description: 'The list of what each range of distress ratings means, for screen readers',
  },
  anchor: {
    id: 'suds.anchor',
    defaultMessage: '<b>{from, number}–{to, number}</b> {words}',
    description: 'One range of the 0-100 distress scale and its words, e.g. "40–59 Moderate"',
  },
  slider: {
    id: 'suds.slider',
    defaultMessage: '{label} (slider)',
    description: 'The slider of a distress rating, for screen readers; {label} is the question',
  },
  number: {
    id: 'suds.number',
    defaultMessage: '{label} (number)',
    description: 'The number box of a distress rating, for screen readers; {label} is the question',
  },
  notRated: {
    id: 'suds.notRated',
    defaultMessage: 'not rated yet',
    description: 'What a screen reader says of a distress slider not yet moved',
  },
  valueText: {
    id: 'suds.valueText',
    defaultMessage: '{value, number}, {words}',
    description: 'What a screen reader says of a distress slider, e.g. "55, Moderate"',
  },
  notRatedShown: { id: 'suds.notRatedShown', defaultMessage: 'Not rated yet' },
  shown: {
    id: 'suds.shown',
    defaultMessage: '{value, number} · {words}',
    description: 'A distress rating and its words beside the slider, e.g. "55 · Moderate"',
  },
});

export function SudsAnchors() {
  const intl = useIntl();
  return (
    <ul className="suds-anchors" aria-label={intl.formatMessage(m.anchors)}>
      {sudsAnchors.map((a) => (
        <li key={a.from}>
          {intl.formatMessage(m.anchor, {
            b: (range) => <b>{range}</b>,
            from: a.from,
            to: a.to,
            words: intl.formatMessage(a.words),
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The one SUDS control: a slider in steps of 5 and a number box, with the anchor words. Until the
 * person chooses, the value is null ("not rated yet"), so no default number is put in their mouth.
 */
export function SudsInput({
  label,
  value,
  onChange,
  showAnchors = true,
}: {
  label: string;
  value: number | null;
  onChange: (suds: number) => void;
  showAnchors?: boolean;
}) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null || draft === '' ? null : sudsProblem(Number(draft));
  const words = value === null ? '' : intl.formatMessage(sudsWords(value));
  const text =
    value === null
      ? intl.formatMessage(m.notRated)
      : intl.formatMessage(m.valueText, { value, words });
  return (
    <fieldset className="suds-input">
      <legend className="suds-label">{label}</legend>
      <div className="row">
        <input
          type="range"
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={value ?? 0}
          aria-label={intl.formatMessage(m.slider, { label })}
          aria-valuetext={text}
          data-unset={value === null || undefined}
          onChange={(e) => {
            setDraft(null);
            onChange(Number(e.target.value));
          }}
        />
        <input
          type="number"
          className="suds-number"
          inputMode="numeric"
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={draft ?? (value === null ? '' : String(value))}
          placeholder={`${intl.formatNumber(SUDS_MIN)}–${intl.formatNumber(SUDS_MAX)}`}
          aria-label={intl.formatMessage(m.number, { label })}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            if (next !== '' && sudsProblem(Number(next)) === null) onChange(Number(next));
          }}
          onBlur={() => {
            if (problem === null) setDraft(null);
          }}
        />
        <output aria-live="polite">
          {value === null
            ? intl.formatMessage(m.notRatedShown)
            : intl.formatMessage(m.shown, { value, words })}
        </output>
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      {showAnchors && <SudsAnchors />}
    </fieldset>
  );
}
